-- PostgreSQL counterpart of prisma/migrations/0007_list_sorting (list pages sort and page in the
-- database). Same columns, backfill and indexes; the backfill in PostgreSQL's dialect. lower()
-- under the C collation folds ASCII only, as SQLite's lower() and lib/catalogue/sort-keys.ts do.
ALTER TABLE "Entry" ADD COLUMN "sortTitle" TEXT NOT NULL DEFAULT '';
UPDATE "Entry" SET "sortTitle" = lower("title" COLLATE "C");

ALTER TABLE "Specification" ADD COLUMN "sortPublishers" TEXT;
UPDATE "Specification" SET "sortPublishers" = (
  SELECT string_agg(p."organisationSlug", ', ' ORDER BY p."position") FROM "SpecificationPublisher" p
  WHERE p."specificationId" = "Specification"."entryId"
);

ALTER TABLE "UseCase" ADD COLUMN "sortCities" TEXT;
UPDATE "UseCase" SET "sortCities" = (
  SELECT lower(string_agg(c.value, ', ' ORDER BY c.position) COLLATE "C")
  FROM json_array_elements_text("UseCase"."cities"::json) WITH ORDINALITY AS c(value, position)
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
