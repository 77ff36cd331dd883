// The docx writer names each hyperlink's relationship with a random id and stamps the core
// properties with the current time, so two writes of one document differ. We rename those
// random ids to numbered ones in the order the writer listed them (rIdLink1, rIdLink2, ...) and
// set the created/modified times to the export's timestamp. Only the writer's own ids and the
// two W3CDTF date elements are touched; the documents' text is never rewritten.
const RANDOM_ID = /Id="(rId[A-Za-z0-9_-]{15,})"/g;
const CORE_DATE = /(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:(?:created|modified)>)/g;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Rewrites the unpacked parts of a DOCX in place (see withFixedZipDates). */
export function stableDocxIds(files: Record<string, Uint8Array>, iso: string): void {
  const renamed = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith(".rels")) continue;
    for (const match of decoder.decode(data).matchAll(RANDOM_ID)) {
      if (!renamed.has(match[1])) renamed.set(match[1], `rIdLink${renamed.size + 1}`);
    }
  }
  const stamp = new Date(iso).toISOString().replace(/\.\d{3}Z$/, "Z");
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let xml = decoder.decode(data);
    if (renamed.size > 0) xml = xml.replace(/"(rId[A-Za-z0-9_-]{15,})"/g, (quoted, id: string) => (renamed.has(id) ? `"${renamed.get(id)}"` : quoted));
    if (name === "docProps/core.xml") xml = xml.replace(CORE_DATE, `$1${stamp}$2`);
    files[name] = encoder.encode(xml);
  }
}
