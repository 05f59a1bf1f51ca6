-- AlterTable
ALTER TABLE "Concept" ADD COLUMN     "minScore" DOUBLE PRECISION;
