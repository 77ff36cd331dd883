// The audit log as a table: when, who, what, on which entry or proposal, and the particulars.
import Link from "next/link";
import { auditActionLabels } from "@/lib/admin/schema";
import type { AuditRow } from "@/lib/admin/queries";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const actionLabel = (action: string) => (action in auditActionLabels ? auditActionLabels[action as keyof typeof auditActionLabels] : action);

/** Scalar particulars as "name: value"; nested values are not shown (they are for machines). */
function particulars(detail: Record<string, unknown>): string[] {
  return Object.entries(detail).flatMap(([key, value]) =>
    value === null || ["string", "number", "boolean"].includes(typeof value) ? [`${key}: ${value === null ? "none" : String(value)}`] : [],
  );
}

export function AuditTable({ events }: { events: AuditRow[] }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">Audit log, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">On</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>
                <time dateTime={event.at.toISOString()}>{timeFormat.format(event.at)}</time>
              </td>
              <td>{event.actorName}</td>
              <td>{actionLabel(event.action)}</td>
              <td>
                <ul className="plain-list">
                  {event.entry ? (
                    <li>
                      <Link href={event.entry.href}>{event.entry.title}</Link>
                      {event.revisionNumber !== null ? ` (revision ${event.revisionNumber})` : null}
                    </li>
                  ) : null}
                  {event.proposalHref ? (
                    <li>
                      <Link href={event.proposalHref}>Proposal</Link>
                    </li>
                  ) : null}
                  {event.target ? <li>User {event.target}</li> : null}
                </ul>
              </td>
              <td>{particulars(event.detail).join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
