-- List pages sort and page in the database (docs/decisions/0017-list-and-detail-caching.md).
-- Sort keys for the columns whose displayed text is not a plain column, filled for existing
-- rows here and kept by lib/catalogue/write-entry.ts and save-revision.ts from then on. SQLite's
-- lower() folds ASCII only; the writers fold the same way (lib/catalogue/sort-keys.ts).
ALTER TABLE "Entry" ADD COLUMN "sortTitle" TEXT NOT NULL DEFAULT '';
UPDATE "Entry" SET "sortTitle" = lower("title");

ALTER TABLE "Specification" ADD COLUMN "sortPublishers" TEXT;
UPDATE "Specification" SET "sortPublishers" = (
  SELECT group_concat("organisationSlug", ', ') FROM (
    SELECT "organisationSlug" FROM "SpecificationPublisher" p
    WHERE p."specificationId" = "Specification"."entryId" ORDER BY p."position"
  )
);

ALTER TABLE "UseCase" ADD COLUMN "sortCities" TEXT;
UPDATE "UseCase" SET "sortCities" = (
  SELECT lower(group_concat(value, ', ')) FROM json_each("UseCase"."cities")
);

CREATE INDEX "Entry_kind_sortTitle_idx" ON "Entry"("kind", "sortTitle");
CREATE INDEX "Entry_kind_updatedAt_idx" ON "Entry"("kind", "updatedAt");
CREATE INDEX "Specification_identifier_idx" ON "Specification"("identifier");
CREATE INDEX "Specification_edition_idx" ON "Specification"("edition");
CREATE INDEX "Specification_editionDate_idx" ON "Specification"("editionDate");
CREATE INDEX "Specification_status_idx" ON "Specification"("status");
CREATE INDEX "Specification_sortPublishers_idx" ON "Specification"("sortPublishers");
CREATE INDEX "Dataset_hvdCategory_idx" ON "Dataset"("hvdCategory");
CREATE INDEX "Dataset_updateFrequency_idx" ON "Dataset"("updateFrequency");
CREATE INDEX "Dataset_typicalPublisher_idx" ON "Dataset"("typicalPublisher");
CREATE INDEX "UseCase_sortCities_idx" ON "UseCase"("sortCities");
CREATE INDEX "UseCase_maturity_idx" ON "UseCase"("maturity");
