-- AlterTable
ALTER TABLE "IngestRun" ADD COLUMN "date" TEXT;
ALTER TABLE "IngestRun" ADD COLUMN "details" JSONB;

-- CreateIndex
CREATE INDEX "IngestRun_format_date_idx" ON "IngestRun"("format", "date");
