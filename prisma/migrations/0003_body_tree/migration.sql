-- Bodies are no longer compiled to JavaScript: each body is stored as its checked HTML syntax
-- tree and rendered without evaluating code (docs/decisions/0003). Old compiled code is dropped.
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "CompiledMdx";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "BodyTree" (
    "contentHash" TEXT NOT NULL PRIMARY KEY,
    "tree" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

