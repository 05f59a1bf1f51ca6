-- AlterTable
ALTER TABLE "IngestRun" ADD COLUMN "notes" JSONB;

-- AlterTable
ALTER TABLE "Paper" ADD COLUMN "classes" JSONB;
ALTER TABLE "Paper" ADD COLUMN "codeUrl" TEXT;
ALTER TABLE "Paper" ADD COLUMN "hfUpvotes" INTEGER;
ALTER TABLE "Paper" ADD COLUMN "projectUrl" TEXT;
