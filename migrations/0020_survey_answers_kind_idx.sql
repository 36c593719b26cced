CREATE INDEX "survey_answers_kind_idx" ON "survey_answers" USING btree ("workspace_id","kind","answered_at","score","persona_id","launch_id","customer_id","product_id");
