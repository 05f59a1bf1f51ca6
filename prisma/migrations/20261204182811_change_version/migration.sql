-- CreateTable
CREATE TABLE "ChangeVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- The one row, and triggers that move it on with every write to a table readers see; SQLite has
-- only row triggers, so a bulk write moves it many times, which costs a few microseconds a row.
INSERT INTO "ChangeVersion" ("id", "version") VALUES (1, 0);
CREATE TRIGGER "Paper_insert_changes" AFTER INSERT ON "Paper" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Paper_update_changes" AFTER UPDATE ON "Paper" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Paper_delete_changes" AFTER DELETE ON "Paper" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Author_insert_changes" AFTER INSERT ON "Author" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Author_update_changes" AFTER UPDATE ON "Author" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Author_delete_changes" AFTER DELETE ON "Author" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "PaperAuthor_insert_changes" AFTER INSERT ON "PaperAuthor" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "PaperAuthor_update_changes" AFTER UPDATE ON "PaperAuthor" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "PaperAuthor_delete_changes" AFTER DELETE ON "PaperAuthor" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "PaperCategory_insert_changes" AFTER INSERT ON "PaperCategory" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "PaperCategory_update_changes" AFTER UPDATE ON "PaperCategory" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "PaperCategory_delete_changes" AFTER DELETE ON "PaperCategory" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Digest_insert_changes" AFTER INSERT ON "Digest" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Digest_update_changes" AFTER UPDATE ON "Digest" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Digest_delete_changes" AFTER DELETE ON "Digest" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "DigestEntry_insert_changes" AFTER INSERT ON "DigestEntry" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "DigestEntry_update_changes" AFTER UPDATE ON "DigestEntry" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "DigestEntry_delete_changes" AFTER DELETE ON "DigestEntry" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Concept_insert_changes" AFTER INSERT ON "Concept" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Concept_update_changes" AFTER UPDATE ON "Concept" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Concept_delete_changes" AFTER DELETE ON "Concept" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "PaperConcept_insert_changes" AFTER INSERT ON "PaperConcept" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "PaperConcept_update_changes" AFTER UPDATE ON "PaperConcept" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "PaperConcept_delete_changes" AFTER DELETE ON "PaperConcept" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Embedding_insert_changes" AFTER INSERT ON "Embedding" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Embedding_update_changes" AFTER UPDATE ON "Embedding" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Embedding_delete_changes" AFTER DELETE ON "Embedding" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ConceptEmbedding_insert_changes" AFTER INSERT ON "ConceptEmbedding" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ConceptEmbedding_update_changes" AFTER UPDATE ON "ConceptEmbedding" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "ConceptEmbedding_delete_changes" AFTER DELETE ON "ConceptEmbedding" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "IngestRun_insert_changes" AFTER INSERT ON "IngestRun" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "IngestRun_update_changes" AFTER UPDATE ON "IngestRun" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "IngestRun_delete_changes" AFTER DELETE ON "IngestRun" BEGIN UPDATE "ChangeVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
