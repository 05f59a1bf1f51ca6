-- AlterTable
ALTER TABLE "Concept" ADD COLUMN "minScore" REAL;
