-- persons and visits are updated by nearly every batch that touches them (last seen, current visit, counts):
-- room on each page lets PostgreSQL update them in place (HOT), without new index entries.
ALTER TABLE "persons" SET (fillfactor = 80);--> statement-breakpoint
ALTER TABLE "visits" SET (fillfactor = 80);
