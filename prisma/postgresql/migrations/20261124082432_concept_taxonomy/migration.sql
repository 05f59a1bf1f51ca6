-- DropIndex
DROP INDEX "PaperConcept_conceptId_idx";

-- AlterTable
ALTER TABLE "Paper" ADD COLUMN     "listedOn" TEXT;

-- AlterTable
-- Edited by hand: rows written before this migration get placeholder values, which the next
-- taxonomy sync (npm start, npm run retag) replaces.
UPDATE "Concept" SET "descriptionEn" = COALESCE("descriptionEn", ''), "descriptionKo" = COALESCE("descriptionKo", '');
ALTER TABLE "Concept" ADD COLUMN     "aliases" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "definitionHash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "related" JSONB NOT NULL DEFAULT '[]',
ALTER COLUMN "descriptionEn" SET NOT NULL,
ALTER COLUMN "descriptionKo" SET NOT NULL;
ALTER TABLE "Concept" ALTER COLUMN "aliases" DROP DEFAULT,
ALTER COLUMN "definitionHash" DROP DEFAULT,
ALTER COLUMN "position" DROP DEFAULT,
ALTER COLUMN "related" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "Paper_listedOn_idx" ON "Paper"("listedOn");

-- CreateIndex
CREATE INDEX "PaperConcept_conceptId_implied_idx" ON "PaperConcept"("conceptId", "implied");
