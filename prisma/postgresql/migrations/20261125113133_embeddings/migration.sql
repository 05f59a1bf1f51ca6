-- CreateTable
CREATE TABLE "Embedding" (
    "paperId" INTEGER NOT NULL,
    "model" TEXT NOT NULL,
    "vector" BYTEA NOT NULL,
    "textHash" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Embedding_pkey" PRIMARY KEY ("paperId","model")
);

-- CreateTable
CREATE TABLE "ConceptEmbedding" (
    "conceptId" INTEGER NOT NULL,
    "model" TEXT NOT NULL,
    "vector" BYTEA NOT NULL,
    "textHash" TEXT NOT NULL,

    CONSTRAINT "ConceptEmbedding_pkey" PRIMARY KEY ("conceptId","model")
);

-- CreateIndex
CREATE INDEX "Embedding_model_idx" ON "Embedding"("model");

-- AddForeignKey
ALTER TABLE "Embedding" ADD CONSTRAINT "Embedding_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConceptEmbedding" ADD CONSTRAINT "ConceptEmbedding_conceptId_fkey" FOREIGN KEY ("conceptId") REFERENCES "Concept"("id") ON DELETE CASCADE ON UPDATE CASCADE;
