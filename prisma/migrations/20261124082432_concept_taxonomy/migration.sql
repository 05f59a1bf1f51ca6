-- DropIndex
DROP INDEX "PaperConcept_conceptId_idx";

-- AlterTable
ALTER TABLE "Paper" ADD COLUMN "listedOn" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Concept" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameKo" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionKo" TEXT NOT NULL,
    "aliases" JSONB NOT NULL,
    "related" JSONB NOT NULL,
    "position" INTEGER NOT NULL,
    "definitionHash" TEXT NOT NULL,
    "parentId" INTEGER,
    CONSTRAINT "Concept_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Concept" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Edited by hand: rows written before this migration get placeholder values, which the next
-- taxonomy sync (npm start, npm run retag) replaces.
INSERT INTO "new_Concept" ("descriptionEn", "descriptionKo", "id", "nameEn", "nameKo", "parentId", "slug", "aliases", "related", "position", "definitionHash") SELECT COALESCE("descriptionEn", ''), COALESCE("descriptionKo", ''), "id", "nameEn", "nameKo", "parentId", "slug", '{}', '[]', 0, '' FROM "Concept";
DROP TABLE "Concept";
ALTER TABLE "new_Concept" RENAME TO "Concept";
CREATE UNIQUE INDEX "Concept_slug_key" ON "Concept"("slug");
CREATE INDEX "Concept_parentId_idx" ON "Concept"("parentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Paper_listedOn_idx" ON "Paper"("listedOn");

-- CreateIndex
CREATE INDEX "PaperConcept_conceptId_implied_idx" ON "PaperConcept"("conceptId", "implied");
