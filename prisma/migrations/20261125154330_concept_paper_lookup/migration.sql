-- DropIndex
DROP INDEX "PaperConcept_conceptId_implied_idx";

-- CreateIndex
CREATE INDEX "PaperConcept_conceptId_implied_paperId_score_idx" ON "PaperConcept"("conceptId", "implied", "paperId", "score");
