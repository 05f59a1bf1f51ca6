-- CreateTable
CREATE TABLE "PaperTranslation" (
    "paperId" INTEGER NOT NULL,
    "engine" TEXT,
    "model" TEXT,
    "glossaryVersion" TEXT,
    "promptVersion" TEXT,
    "translatedAt" TIMESTAMP(3),
    "inputTokens" INTEGER NOT NULL DEFAULT 0,
    "outputTokens" INTEGER NOT NULL DEFAULT 0,
    "characters" INTEGER NOT NULL DEFAULT 0,
    "cost" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "checks" JSONB NOT NULL,
    "checkedHash" TEXT NOT NULL,
    "tldrKo" TEXT,
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PaperTranslation_pkey" PRIMARY KEY ("paperId")
);

-- CreateTable
CREATE TABLE "TranslationRun" (
    "id" SERIAL NOT NULL,
    "engine" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "planned" INTEGER NOT NULL DEFAULT 0,
    "translated" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "inputTokens" INTEGER NOT NULL DEFAULT 0,
    "outputTokens" INTEGER NOT NULL DEFAULT 0,
    "characters" INTEGER NOT NULL DEFAULT 0,
    "cost" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "TranslationRun_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "PaperTranslation" ADD CONSTRAINT "PaperTranslation_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;
