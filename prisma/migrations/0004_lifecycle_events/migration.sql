-- A specification's lifecycle as dated events; status/statusDate stay as the derived current status.
-- CreateTable
CREATE TABLE "LifecycleEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "specificationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "date" TEXT,
    "note" TEXT,
    "source" TEXT,
    CONSTRAINT "LifecycleEvent_specificationId_fkey" FOREIGN KEY ("specificationId") REFERENCES "Specification" ("entryId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "LifecycleEvent_specificationId_position_key" ON "LifecycleEvent"("specificationId", "position");

