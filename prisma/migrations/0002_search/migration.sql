-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "docId" TEXT NOT NULL,
    "op" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_docId_key" ON "SearchDocument"("docId");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_entryId_key" ON "SearchDocument"("entryId");

-- CreateIndex
CREATE INDEX "SearchOutbox_docId_idx" ON "SearchOutbox"("docId");


-- Full-text fallback used when Meilisearch is unreachable (written by hand: Prisma does not
-- model virtual tables). External content over SearchDocument, kept in step by triggers.
CREATE VIRTUAL TABLE "SearchDocumentFts" USING fts5(
    title, identifier, keywords, summary, text,
    content='SearchDocument', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2',
    prefix='2 3'
);

CREATE TRIGGER "SearchDocument_fts_insert" AFTER INSERT ON "SearchDocument" BEGIN
    INSERT INTO "SearchDocumentFts"(rowid, title, identifier, keywords, summary, text)
    VALUES (new.id, new.title, new.identifier, new.keywords, new.summary, new.text);
END;

CREATE TRIGGER "SearchDocument_fts_delete" AFTER DELETE ON "SearchDocument" BEGIN
    INSERT INTO "SearchDocumentFts"("SearchDocumentFts", rowid, title, identifier, keywords, summary, text)
    VALUES ('delete', old.id, old.title, old.identifier, old.keywords, old.summary, old.text);
END;

CREATE TRIGGER "SearchDocument_fts_update" AFTER UPDATE ON "SearchDocument" BEGIN
    INSERT INTO "SearchDocumentFts"("SearchDocumentFts", rowid, title, identifier, keywords, summary, text)
    VALUES ('delete', old.id, old.title, old.identifier, old.keywords, old.summary, old.text);
    INSERT INTO "SearchDocumentFts"(rowid, title, identifier, keywords, summary, text)
    VALUES (new.id, new.title, new.identifier, new.keywords, new.summary, new.text);
END;
