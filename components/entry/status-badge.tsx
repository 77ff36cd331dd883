import { statusLabel, type SpecificationStatus } from "@/lib/catalogue/schema";

export function StatusBadge({ status }: { status: string }) {
  return <span className={`status status-${status}`}>{statusLabel[status as SpecificationStatus] ?? status}</span>;
}
