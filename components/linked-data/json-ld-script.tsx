// A JSON-LD data block. Browsers never execute a <script> whose type is application/ld+json, so
// the CSP does not apply to it; the text is still escaped (scriptSafeJson) so that no value in
// the data can close the element.
import { scriptSafeJson } from "@/lib/linked-data/schema-org";

export function JsonLdScript({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }} />;
}
