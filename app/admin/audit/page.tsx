// Administrators: the audit log, newest first, filtered and paged through the URL.
import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { Pagination } from "@/components/admin/pagination";
import { auditFilterSchema } from "@/lib/admin/schema";
import { listAuditEvents } from "@/lib/admin/queries";
import { requirePageRole } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  await requirePageRole("admin");
  const crumbs = <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Administration" }, { label: "Audit log" }]} />;
  const filter = auditFilterSchema.parse(await searchParams);
  const log = await listAuditEvents(filter);
  const filtered = Boolean(filter.action || filter.actor);
  return (
    <>
      {crumbs}
      <h1>Audit log</h1>
      <p className="lead">
        Every change to the catalogue and to user accounts, newest first. Times are in UTC. See also the{" "}
        <a href="/admin/users">users</a>.
      </p>
      <AuditFilters filter={filter} />
      <p role="status">
        {log.total === 0
          ? filtered
            ? "No events match these filters."
            : "Nothing has been recorded yet."
          : `${log.total} ${log.total === 1 ? "event" : "events"}${filtered ? " match these filters" : ""}.`}
      </p>
      {log.events.length > 0 ? <AuditTable events={log.events} /> : null}
      <Pagination path="/admin/audit" page={log.page} pageCount={log.pageCount} params={{ action: filter.action, actor: filter.actor }} label="Audit log pages" />
    </>
  );
}
