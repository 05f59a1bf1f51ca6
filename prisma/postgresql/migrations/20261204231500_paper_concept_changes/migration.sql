-- On SQLite, paper_concept_about rebuilt PaperConcept and lost its change triggers; PostgreSQL
-- altered the table in place and kept its trigger. Made again here all the same, so that both
-- databases have the same migrations and end in the same state.
CREATE OR REPLACE TRIGGER "PaperConcept_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PaperConcept" FOR EACH STATEMENT EXECUTE FUNCTION "bump_change_version"();
