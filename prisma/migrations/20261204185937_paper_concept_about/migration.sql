-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PaperConcept" (
    "paperId" INTEGER NOT NULL,
    "conceptId" INTEGER NOT NULL,
    "about" BOOLEAN NOT NULL DEFAULT true,
    "score" REAL NOT NULL,
    "method" TEXT NOT NULL,
    "implied" BOOLEAN NOT NULL DEFAULT false,
    "evidence" JSONB NOT NULL,
    "features" JSONB,

    PRIMARY KEY ("paperId", "conceptId"),
    CONSTRAINT "PaperConcept_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PaperConcept_conceptId_fkey" FOREIGN KEY ("conceptId") REFERENCES "Concept" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PaperConcept" ("conceptId", "evidence", "implied", "method", "paperId", "score") SELECT "conceptId", "evidence", "implied", "method", "paperId", "score" FROM "PaperConcept";
DROP TABLE "PaperConcept";
ALTER TABLE "new_PaperConcept" RENAME TO "PaperConcept";
CREATE INDEX "PaperConcept_conceptId_about_paperId_score_idx" ON "PaperConcept"("conceptId", "about", "paperId", "score");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
