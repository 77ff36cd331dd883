-- PostgreSQL baseline: the schema SQLite reaches with prisma/migrations/0001_init … 0006_procurement
-- (no PostgreSQL deployment predates it). Numbered after the last SQLite migration it covers;
-- every later SQLite migration NNNN_* gets a PostgreSQL counterpart NNNN.do.*.sql here.
-- Applied and recorded by postgrator (lib/database/migrate-postgres.ts, docs/decisions/0015).
--
-- Part 1, generated: `prisma migrate diff --from-empty --to-schema-datamodel
-- prisma/postgres/schema.prisma --script` at the 0006 schema.

-- CreateTable
CREATE TABLE "Entry" (
    "id" TEXT NOT NULL,
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
    "headRevision" INTEGER NOT NULL DEFAULT 0,
    "importedHash" TEXT,
    "importedRevision" INTEGER,
    "archivedAt" TIMESTAMP(3),
    "archivedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Specification" (
    "entryId" TEXT NOT NULL,
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

    CONSTRAINT "Specification_pkey" PRIMARY KEY ("entryId")
);

-- CreateTable
CREATE TABLE "LifecycleEvent" (
    "id" TEXT NOT NULL,
    "specificationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "date" TEXT,
    "note" TEXT,
    "source" TEXT,

    CONSTRAINT "LifecycleEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dataset" (
    "entryId" TEXT NOT NULL,
    "hvdCategory" TEXT NOT NULL,
    "updateFrequency" TEXT NOT NULL,
    "typicalPublisher" TEXT NOT NULL,
    "regulationTitle" TEXT,
    "regulationUrl" TEXT,

    CONSTRAINT "Dataset_pkey" PRIMARY KEY ("entryId")
);

-- CreateTable
CREATE TABLE "UseCase" (
    "entryId" TEXT NOT NULL,
    "cities" TEXT NOT NULL DEFAULT '[]',
    "maturity" TEXT,

    CONSTRAINT "UseCase_pkey" PRIMARY KEY ("entryId")
);

-- CreateTable
CREATE TABLE "Pillar" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Pillar_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "BuildingBlock" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "pillarSlug" TEXT NOT NULL,

    CONSTRAINT "BuildingBlock_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Mim" (
    "slug" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "Mim_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "BuildingBlockMim" (
    "buildingBlockSlug" TEXT NOT NULL,
    "mimSlug" TEXT NOT NULL,

    CONSTRAINT "BuildingBlockMim_pkey" PRIMARY KEY ("buildingBlockSlug","mimSlug")
);

-- CreateTable
CREATE TABLE "Domain" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Domain_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" TEXT NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "EntryMim" (
    "entryId" TEXT NOT NULL,
    "mimSlug" TEXT NOT NULL,

    CONSTRAINT "EntryMim_pkey" PRIMARY KEY ("entryId","mimSlug")
);

-- CreateTable
CREATE TABLE "EntryBuildingBlock" (
    "entryId" TEXT NOT NULL,
    "buildingBlockSlug" TEXT NOT NULL,

    CONSTRAINT "EntryBuildingBlock_pkey" PRIMARY KEY ("entryId","buildingBlockSlug")
);

-- CreateTable
CREATE TABLE "EntryDomain" (
    "entryId" TEXT NOT NULL,
    "domainSlug" TEXT NOT NULL,

    CONSTRAINT "EntryDomain_pkey" PRIMARY KEY ("entryId","domainSlug")
);

-- CreateTable
CREATE TABLE "SpecificationPublisher" (
    "specificationId" TEXT NOT NULL,
    "organisationSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SpecificationPublisher_pkey" PRIMARY KEY ("specificationId","organisationSlug")
);

-- CreateTable
CREATE TABLE "Implementation" (
    "id" TEXT NOT NULL,
    "specificationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "provider" TEXT,
    "licence" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Implementation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Relation" (
    "id" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "type" TEXT NOT NULL,

    CONSTRAINT "Relation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "approverId" TEXT,
    "approverName" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'import',
    "proposalId" TEXT,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BodyTree" (
    "contentHash" TEXT NOT NULL,
    "tree" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BodyTree_pkey" PRIMARY KEY ("contentHash")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "name" TEXT,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'contributor',
    "deactivatedAt" TIMESTAMP(3),
    "emailNotifications" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("provider","providerAccountId")
);

-- CreateTable
CREATE TABLE "Session" (
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VerificationToken_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "entryId" TEXT,
    "baseRevision" INTEGER,
    "snapshot" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT 'draft',
    "outOfDate" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "decidedById" TEXT,
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalComment" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entryId" TEXT,
    "proposalId" TEXT,
    "revisionNumber" INTEGER,
    "targetUserId" TEXT,
    "detail" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitWindow" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" SERIAL NOT NULL,
    "docId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "keywords" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "titleSort" TEXT NOT NULL,
    "facets" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "docHash" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" SERIAL NOT NULL,
    "docId" TEXT NOT NULL,
    "op" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "SearchOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    "publishedByName" TEXT NOT NULL,
    "entryCount" INTEGER NOT NULL,

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleaseEntry" (
    "releaseId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "revisionNumber" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "ReleaseEntry_pkey" PRIMARY KEY ("releaseId","entryId")
);

-- CreateTable
CREATE TABLE "ReferenceList" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "buyer" TEXT NOT NULL DEFAULT '',
    "releaseId" TEXT,
    "shareToken" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "duplicatedFromId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReferenceList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceListItem" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "level" TEXT NOT NULL DEFAULT 'mandatory',
    "note" TEXT NOT NULL DEFAULT '',
    "orEquivalent" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ReferenceListItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Entry_kind_title_idx" ON "Entry"("kind", "title");

-- CreateIndex
CREATE UNIQUE INDEX "Entry_kind_slug_key" ON "Entry"("kind", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "LifecycleEvent_specificationId_position_key" ON "LifecycleEvent"("specificationId", "position");

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
CREATE UNIQUE INDEX "Revision_proposalId_key" ON "Revision"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_entryId_number_key" ON "Revision"("entryId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Proposal_state_kind_idx" ON "Proposal"("state", "kind");

-- CreateIndex
CREATE INDEX "Proposal_authorId_idx" ON "Proposal"("authorId");

-- CreateIndex
CREATE INDEX "Proposal_entryId_idx" ON "Proposal"("entryId");

-- CreateIndex
CREATE INDEX "ProposalComment_proposalId_createdAt_idx" ON "ProposalComment"("proposalId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_entryId_idx" ON "AuditEvent"("entryId");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_docId_key" ON "SearchDocument"("docId");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_entryId_key" ON "SearchDocument"("entryId");

-- CreateIndex
CREATE INDEX "SearchOutbox_docId_idx" ON "SearchOutbox"("docId");

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

-- AddForeignKey
ALTER TABLE "Specification" ADD CONSTRAINT "Specification_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LifecycleEvent" ADD CONSTRAINT "LifecycleEvent_specificationId_fkey" FOREIGN KEY ("specificationId") REFERENCES "Specification"("entryId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dataset" ADD CONSTRAINT "Dataset_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UseCase" ADD CONSTRAINT "UseCase_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuildingBlock" ADD CONSTRAINT "BuildingBlock_pillarSlug_fkey" FOREIGN KEY ("pillarSlug") REFERENCES "Pillar"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuildingBlockMim" ADD CONSTRAINT "BuildingBlockMim_buildingBlockSlug_fkey" FOREIGN KEY ("buildingBlockSlug") REFERENCES "BuildingBlock"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuildingBlockMim" ADD CONSTRAINT "BuildingBlockMim_mimSlug_fkey" FOREIGN KEY ("mimSlug") REFERENCES "Mim"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryMim" ADD CONSTRAINT "EntryMim_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryMim" ADD CONSTRAINT "EntryMim_mimSlug_fkey" FOREIGN KEY ("mimSlug") REFERENCES "Mim"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryBuildingBlock" ADD CONSTRAINT "EntryBuildingBlock_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryBuildingBlock" ADD CONSTRAINT "EntryBuildingBlock_buildingBlockSlug_fkey" FOREIGN KEY ("buildingBlockSlug") REFERENCES "BuildingBlock"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryDomain" ADD CONSTRAINT "EntryDomain_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryDomain" ADD CONSTRAINT "EntryDomain_domainSlug_fkey" FOREIGN KEY ("domainSlug") REFERENCES "Domain"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpecificationPublisher" ADD CONSTRAINT "SpecificationPublisher_specificationId_fkey" FOREIGN KEY ("specificationId") REFERENCES "Specification"("entryId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpecificationPublisher" ADD CONSTRAINT "SpecificationPublisher_organisationSlug_fkey" FOREIGN KEY ("organisationSlug") REFERENCES "Organisation"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Implementation" ADD CONSTRAINT "Implementation_specificationId_fkey" FOREIGN KEY ("specificationId") REFERENCES "Specification"("entryId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relation" ADD CONSTRAINT "Relation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relation" ADD CONSTRAINT "Relation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseEntry" ADD CONSTRAINT "ReleaseEntry_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseEntry" ADD CONSTRAINT "ReleaseEntry_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseEntry" ADD CONSTRAINT "ReleaseEntry_entryId_revisionNumber_fkey" FOREIGN KEY ("entryId", "revisionNumber") REFERENCES "Revision"("entryId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceList" ADD CONSTRAINT "ReferenceList_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceList" ADD CONSTRAINT "ReferenceList_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceListItem" ADD CONSTRAINT "ReferenceListItem_listId_fkey" FOREIGN KEY ("listId") REFERENCES "ReferenceList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceListItem" ADD CONSTRAINT "ReferenceListItem_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Part 2, written by hand: what Prisma does not model.

-- The full-text fallback used while Meilisearch is unreachable (SQLite: the FTS5 table
-- "SearchDocumentFts" and its triggers, 0002_search). One tsvector per projection row, kept in
-- step by a trigger, and searched with prefix queries (lib/search/projection-store-postgres.ts).
-- search_text() tokenises as FTS5's unicode61 tokenizer with remove_diacritics does and as the
-- query side does (ftsWords in lib/search/fallback.ts): lower case, diacritics removed, every run
-- of letters and digits a word. The ICU collation makes lower() and [:alnum:] Unicode-aware
-- whatever the database's own locale is.
CREATE FUNCTION "search_text"(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(
    regexp_replace(normalize(lower(value COLLATE "und-x-icu"), NFKD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g') COLLATE "und-x-icu",
    '[^[:alnum:]]+', ' ', 'g')
$$;

CREATE TABLE "SearchDocumentFts" (
    "id" INTEGER NOT NULL,
    "vector" tsvector NOT NULL,

    CONSTRAINT "SearchDocumentFts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SearchDocumentFts_id_fkey" FOREIGN KEY ("id") REFERENCES "SearchDocument"("id") ON DELETE CASCADE
);
CREATE INDEX "SearchDocumentFts_vector_idx" ON "SearchDocumentFts" USING gin ("vector");

-- Weights mirror the FTS5 bm25 column weights (title 8, identifier 10, keywords 3, summary 2,
-- text 1) as closely as PostgreSQL's four weight classes allow: A identifier and title,
-- B keywords, C summary, D text.
CREATE FUNCTION "SearchDocument_fts_sync"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchDocumentFts" ("id", "vector")
  VALUES (NEW."id",
    setweight(to_tsvector('simple', search_text(NEW."identifier")), 'A') ||
    setweight(to_tsvector('simple', search_text(NEW."title")), 'A') ||
    setweight(to_tsvector('simple', search_text(NEW."keywords")), 'B') ||
    setweight(to_tsvector('simple', search_text(NEW."summary")), 'C') ||
    setweight(to_tsvector('simple', search_text(NEW."text")), 'D'))
  ON CONFLICT ("id") DO UPDATE SET "vector" = EXCLUDED."vector";
  RETURN NULL;
END
$$;

CREATE TRIGGER "SearchDocument_fts_insert" AFTER INSERT ON "SearchDocument"
FOR EACH ROW EXECUTE FUNCTION "SearchDocument_fts_sync"();
CREATE TRIGGER "SearchDocument_fts_update" AFTER UPDATE OF "title", "identifier", "keywords", "summary", "text" ON "SearchDocument"
FOR EACH ROW EXECUTE FUNCTION "SearchDocument_fts_sync"();
-- Deleting a SearchDocument row deletes its vector through the foreign key.

-- A release is what tenders cite: its content can never change (SQLite: the triggers of
-- 0006_procurement). Only the publisher's id and name may be rewritten (account erasure sets
-- the id to NULL and the name to a neutral one).
CREATE FUNCTION "release_is_immutable"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'releases are immutable';
END
$$;

CREATE TRIGGER "Release_frozen_update" BEFORE UPDATE OF "id", "name", "notes", "publishedAt", "entryCount" ON "Release"
FOR EACH ROW EXECUTE FUNCTION "release_is_immutable"();
CREATE TRIGGER "Release_frozen_delete" BEFORE DELETE ON "Release"
FOR EACH ROW EXECUTE FUNCTION "release_is_immutable"();
CREATE TRIGGER "Release_frozen_truncate" BEFORE TRUNCATE ON "Release"
FOR EACH STATEMENT EXECUTE FUNCTION "release_is_immutable"();
CREATE TRIGGER "ReleaseEntry_frozen_update" BEFORE UPDATE ON "ReleaseEntry"
FOR EACH ROW EXECUTE FUNCTION "release_is_immutable"();
CREATE TRIGGER "ReleaseEntry_frozen_delete" BEFORE DELETE ON "ReleaseEntry"
FOR EACH ROW EXECUTE FUNCTION "release_is_immutable"();
CREATE TRIGGER "ReleaseEntry_frozen_truncate" BEFORE TRUNCATE ON "ReleaseEntry"
FOR EACH STATEMENT EXECUTE FUNCTION "release_is_immutable"();
