-- Translations (their provenance, checks and TL;DR) are on every paper page and in the API, so
-- writing them moves the change version on, as every other table readers see does.
CREATE TRIGGER "PaperTranslation_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PaperTranslation" FOR EACH STATEMENT EXECUTE FUNCTION "bump_change_version"();
