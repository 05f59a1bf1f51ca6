-- CreateIndex
CREATE INDEX "Paper_id_listedOn_idx" ON "Paper"("id", "listedOn");
