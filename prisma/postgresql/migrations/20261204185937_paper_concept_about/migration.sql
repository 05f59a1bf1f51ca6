-- DropIndex
DROP INDEX "PaperConcept_conceptId_implied_paperId_score_idx";

-- AlterTable
ALTER TABLE "PaperConcept" ADD COLUMN     "about" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "features" JSONB;

-- CreateIndex
CREATE INDEX "PaperConcept_conceptId_about_paperId_score_idx" ON "PaperConcept"("conceptId", "about", "paperId", "score");
