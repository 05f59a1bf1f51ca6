-- paper_concept_about rebuilt PaperConcept, and dropping the old table dropped the triggers that
-- change_version gave it. Where that migration ran first (its branch's order), change_version
-- made them on the new table already: hence IF NOT EXISTS.
CREATE TRIGGER IF NOT EXISTS "PaperConcept_insert_changes" AFTER INSERT ON "PaperConcept" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER IF NOT EXISTS "PaperConcept_update_changes" AFTER UPDATE ON "PaperConcept" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER IF NOT EXISTS "PaperConcept_delete_changes" AFTER DELETE ON "PaperConcept" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
