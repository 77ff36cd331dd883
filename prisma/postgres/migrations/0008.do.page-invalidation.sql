-- PostgreSQL counterpart of prisma/migrations/0008_page_invalidation (the cross-instance page
-- invalidation log). Generated: prisma migrate diff --from-schema-datamodel <0007 schema>
-- --to-schema-datamodel prisma/postgres/schema.prisma --script.
-- CreateTable
CREATE TABLE "PageInvalidation" (
    "id" SERIAL NOT NULL,
    "targets" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PageInvalidation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PageInvalidation_createdAt_idx" ON "PageInvalidation"("createdAt");

