-- CreateTable
CREATE TABLE "ChangeVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ChangeVersion_pkey" PRIMARY KEY ("id")
);

-- The one row, and a trigger per table that moves it on once per statement that writes it.
INSERT INTO "ChangeVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "bump_change_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Paper_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Paper" FOR EACH STATEMENT EXECUTE FUNCTION "bump_change_version"();
CREATE TRIGGER "Author_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Author" FOR EACH STATEMENT EXECUTE FUNCTION "bump_change_version"();
CREATE TRIGGER "PaperAuthor_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PaperAuthor" FOR EACH STATEMENT EXECUTE FUNCTION "bump_change_version"();
CREATE TRIGGER "PaperCategory_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PaperCategory" FOR EACH STATEMENT EXECUTE FUNCTION "bump_change_version"();
CREATE TRIGGER "Digest_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Digest" FOR EACH STATEMENT EXECUTE FUNCTION "bump_change_version"();
CREATE TRIGGER "DigestEntry_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DigestEntry" FOR EACH STATEMENT EXECUTE FUNCTION "bump_change_version"();
CREATE TRIGGER "Concept_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Concept" FOR EACH STATEMENT EXECUTE FUNCTION "bump_change_version"();
CREATE TRIGGER "PaperConcept_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PaperConcept" FOR EACH STATEMENT EXECUTE FUNCTION "bump_change_version"();
CREATE TRIGGER "Embedding_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Embedding" FOR EACH STATEMENT EXECUTE FUNCTION "bump_change_version"();
CREATE TRIGGER "ConceptEmbedding_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ConceptEmbedding" FOR EACH STATEMENT EXECUTE FUNCTION "bump_change_version"();
CREATE TRIGGER "IngestRun_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IngestRun" FOR EACH STATEMENT EXECUTE FUNCTION "bump_change_version"();
