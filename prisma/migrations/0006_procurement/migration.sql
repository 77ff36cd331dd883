-- Procurement: frozen releases and reference lists (docs/decisions/0014-procurement.md).
-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    "publishedByName" TEXT NOT NULL,
    "entryCount" INTEGER NOT NULL,
    CONSTRAINT "Release_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReleaseEntry" (
    "releaseId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "revisionNumber" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    PRIMARY KEY ("releaseId", "entryId"),
    CONSTRAINT "ReleaseEntry_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReleaseEntry_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReleaseEntry_entryId_revisionNumber_fkey" FOREIGN KEY ("entryId", "revisionNumber") REFERENCES "Revision" ("entryId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReferenceList" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "buyer" TEXT NOT NULL DEFAULT '',
    "releaseId" TEXT,
    "shareToken" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "duplicatedFromId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReferenceList_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReferenceList_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReferenceListItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "listId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "level" TEXT NOT NULL DEFAULT 'mandatory',
    "note" TEXT NOT NULL DEFAULT '',
    "orEquivalent" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "ReferenceListItem_listId_fkey" FOREIGN KEY ("listId") REFERENCES "ReferenceList" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReferenceListItem_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Release_name_key" ON "Release"("name");

-- CreateIndex
CREATE INDEX "Release_publishedAt_idx" ON "Release"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReleaseEntry_releaseId_kind_slug_key" ON "ReleaseEntry"("releaseId", "kind", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "ReferenceList_shareToken_key" ON "ReferenceList"("shareToken");

-- CreateIndex
CREATE INDEX "ReferenceList_ownerId_updatedAt_idx" ON "ReferenceList"("ownerId", "updatedAt");

-- CreateIndex
CREATE INDEX "ReferenceListItem_listId_position_idx" ON "ReferenceListItem"("listId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ReferenceListItem_listId_entryId_key" ON "ReferenceListItem"("listId", "entryId");


-- A release is what tenders cite: its content can never change. Only the publisher's id and
-- name may be rewritten (account erasure sets the id to NULL and the name to a neutral one).
CREATE TRIGGER "Release_frozen_update" BEFORE UPDATE OF "id", "name", "notes", "publishedAt", "entryCount" ON "Release"
BEGIN SELECT RAISE(ABORT, 'releases are immutable'); END;
CREATE TRIGGER "Release_frozen_delete" BEFORE DELETE ON "Release"
BEGIN SELECT RAISE(ABORT, 'releases are immutable'); END;
CREATE TRIGGER "ReleaseEntry_frozen_update" BEFORE UPDATE ON "ReleaseEntry"
BEGIN SELECT RAISE(ABORT, 'releases are immutable'); END;
CREATE TRIGGER "ReleaseEntry_frozen_delete" BEFORE DELETE ON "ReleaseEntry"
BEGIN SELECT RAISE(ABORT, 'releases are immutable'); END;
