-- CreateTable
CREATE TABLE "Entry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "verification" TEXT NOT NULL,
    "unverifiedFields" TEXT NOT NULL DEFAULT '[]',
    "sources" TEXT NOT NULL DEFAULT '[]',
    "sourcePath" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Specification" (
    "entryId" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT,
    "edition" TEXT,
    "editionDate" TEXT,
    "status" TEXT NOT NULL,
    "statusDate" TEXT,
    "maturity" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "openness" TEXT NOT NULL,
    "officialUrl" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    CONSTRAINT "Specification_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Dataset" (
    "entryId" TEXT NOT NULL PRIMARY KEY,
    "hvdCategory" TEXT NOT NULL,
    "updateFrequency" TEXT NOT NULL,
    "typicalPublisher" TEXT NOT NULL,
    "regulationTitle" TEXT,
    "regulationUrl" TEXT,
    CONSTRAINT "Dataset_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UseCase" (
    "entryId" TEXT NOT NULL PRIMARY KEY,
    "cities" TEXT NOT NULL DEFAULT '[]',
    "maturity" TEXT,
    CONSTRAINT "UseCase_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Pillar" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "position" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "BuildingBlock" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "pillarSlug" TEXT NOT NULL,
    CONSTRAINT "BuildingBlock_pillarSlug_fkey" FOREIGN KEY ("pillarSlug") REFERENCES "Pillar" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Mim" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "note" TEXT
);

-- CreateTable
CREATE TABLE "BuildingBlockMim" (
    "buildingBlockSlug" TEXT NOT NULL,
    "mimSlug" TEXT NOT NULL,

    PRIMARY KEY ("buildingBlockSlug", "mimSlug"),
    CONSTRAINT "BuildingBlockMim_buildingBlockSlug_fkey" FOREIGN KEY ("buildingBlockSlug") REFERENCES "BuildingBlock" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BuildingBlockMim_mimSlug_fkey" FOREIGN KEY ("mimSlug") REFERENCES "Mim" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Domain" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Organisation" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" TEXT NOT NULL,
    "url" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "EntryMim" (
    "entryId" TEXT NOT NULL,
    "mimSlug" TEXT NOT NULL,

    PRIMARY KEY ("entryId", "mimSlug"),
    CONSTRAINT "EntryMim_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EntryMim_mimSlug_fkey" FOREIGN KEY ("mimSlug") REFERENCES "Mim" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EntryBuildingBlock" (
    "entryId" TEXT NOT NULL,
    "buildingBlockSlug" TEXT NOT NULL,

    PRIMARY KEY ("entryId", "buildingBlockSlug"),
    CONSTRAINT "EntryBuildingBlock_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EntryBuildingBlock_buildingBlockSlug_fkey" FOREIGN KEY ("buildingBlockSlug") REFERENCES "BuildingBlock" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EntryDomain" (
    "entryId" TEXT NOT NULL,
    "domainSlug" TEXT NOT NULL,

    PRIMARY KEY ("entryId", "domainSlug"),
    CONSTRAINT "EntryDomain_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EntryDomain_domainSlug_fkey" FOREIGN KEY ("domainSlug") REFERENCES "Domain" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SpecificationPublisher" (
    "specificationId" TEXT NOT NULL,
    "organisationSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("specificationId", "organisationSlug"),
    CONSTRAINT "SpecificationPublisher_specificationId_fkey" FOREIGN KEY ("specificationId") REFERENCES "Specification" ("entryId") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SpecificationPublisher_organisationSlug_fkey" FOREIGN KEY ("organisationSlug") REFERENCES "Organisation" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Implementation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "specificationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "provider" TEXT,
    "licence" TEXT,
    "position" INTEGER NOT NULL,
    CONSTRAINT "Implementation_specificationId_fkey" FOREIGN KEY ("specificationId") REFERENCES "Specification" ("entryId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Relation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    CONSTRAINT "Relation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Relation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CompiledMdx" (
    "contentHash" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" TEXT NOT NULL DEFAULT 'contributor',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Entry_kind_title_idx" ON "Entry"("kind", "title");

-- CreateIndex
CREATE UNIQUE INDEX "Entry_kind_slug_key" ON "Entry"("kind", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Mim_number_key" ON "Mim"("number");

-- CreateIndex
CREATE INDEX "EntryMim_mimSlug_idx" ON "EntryMim"("mimSlug");

-- CreateIndex
CREATE INDEX "EntryBuildingBlock_buildingBlockSlug_idx" ON "EntryBuildingBlock"("buildingBlockSlug");

-- CreateIndex
CREATE INDEX "SpecificationPublisher_organisationSlug_idx" ON "SpecificationPublisher"("organisationSlug");

-- CreateIndex
CREATE INDEX "Relation_toId_idx" ON "Relation"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "Relation_fromId_toId_type_key" ON "Relation"("fromId", "toId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_entryId_number_key" ON "Revision"("entryId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

