CREATE INDEX "visits_active_idx" ON "visits" USING btree ("workspace_id","ended_at","started_at","person_id") WHERE not "visits"."is_bot";
