-- CreateTable
CREATE TABLE "PageInvalidation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "targets" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "PageInvalidation_createdAt_idx" ON "PageInvalidation"("createdAt");

