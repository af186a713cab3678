-- Issue 18: notices stored before migration 0055 never reached the guidance queue. They are
-- marked here, and a start step (queueNoticesFromBeforeTheQueue in employers/notice-intake.ts)
-- puts each into its municipality's queue once, through the guidance module's one way in (the
-- enquiry's text and plan answers are composed in code, so SQL alone cannot write them). Only
-- notices without an enquiry today are marked: an enquiry removed later by retention is not
-- brought back by a later start.
ALTER TABLE worker_notices ADD COLUMN awaiting_guidance_queue boolean NOT NULL DEFAULT false;
UPDATE worker_notices SET awaiting_guidance_queue = true WHERE guidance_case_id IS NULL;
