-- CreateTable
CREATE TABLE "Embedding" (
    "paperId" INTEGER NOT NULL,
    "model" TEXT NOT NULL,
    "vector" BLOB NOT NULL,
    "textHash" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("paperId", "model"),
    CONSTRAINT "Embedding_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConceptEmbedding" (
    "conceptId" INTEGER NOT NULL,
    "model" TEXT NOT NULL,
    "vector" BLOB NOT NULL,
    "textHash" TEXT NOT NULL,

    PRIMARY KEY ("conceptId", "model"),
    CONSTRAINT "ConceptEmbedding_conceptId_fkey" FOREIGN KEY ("conceptId") REFERENCES "Concept" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Embedding_model_idx" ON "Embedding"("model");
