// Filter the audit log by action and by (part of) the actor's name: a plain GET form, so the
// filter lives in the URL and works without JavaScript.
import Link from "next/link";
import { auditActionLabels, auditActions, type AuditFilter } from "@/lib/admin/schema";

export function AuditFilters({ filter }: { filter: AuditFilter }) {
  return (
    <form method="get" action="/admin/audit" className="filter-form" role="search" aria-label="Filter the audit log">
      <div className="form-field">
        <label htmlFor="audit-action">Action</label>
        <select id="audit-action" name="action" defaultValue={filter.action ?? ""}>
          <option value="">All actions</option>
          {auditActions.map((action) => (
            <option key={action} value={action}>
              {auditActionLabels[action]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="audit-actor">Actor name contains</label>
        <input id="audit-actor" name="actor" type="search" maxLength={100} defaultValue={filter.actor ?? ""} />
      </div>
      <button type="submit">Filter</button>
      {filter.action || filter.actor ? <Link href="/admin/audit">Clear filters</Link> : null}
    </form>
  );
}
