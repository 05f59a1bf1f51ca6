-- Translations (their provenance, checks and TL;DR) are on every paper page and in the API, so
-- writing them moves the change version on, as every other table readers see does.
CREATE TRIGGER "PaperTranslation_insert_changes" AFTER INSERT ON "PaperTranslation" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "PaperTranslation_update_changes" AFTER UPDATE ON "PaperTranslation" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "PaperTranslation_delete_changes" AFTER DELETE ON "PaperTranslation" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
