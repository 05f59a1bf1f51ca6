-- AlterTable
ALTER TABLE "Paper" ADD COLUMN     "classes" JSONB,
ADD COLUMN     "codeUrl" TEXT,
ADD COLUMN     "hfUpvotes" INTEGER,
ADD COLUMN     "projectUrl" TEXT;

-- AlterTable
ALTER TABLE "IngestRun" ADD COLUMN     "notes" JSONB;
