-- AlterTable
ALTER TABLE "Paper" ADD COLUMN "alignmentVersion" INTEGER;
ALTER TABLE "Paper" ADD COLUMN "sentenceAlignment" JSONB;

-- CreateIndex
CREATE INDEX "Paper_alignmentVersion_idx" ON "Paper"("alignmentVersion");
