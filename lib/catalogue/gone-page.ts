// The 410 page of an archived entry. Self-contained (route handlers cannot render the site
// layout), with the same landmarks, one h1 and only `style=` attributes, which the static CSP
// allows; no script, no third-party request.
import type { ArchivedEntry } from "./archived-queries";

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export function goneHtml(e: ArchivedEntry, kindLabel: string): string {
  const facts = [
    ["Kind", esc(kindLabel)],
    e.identifier ? ["Identifier", esc(e.identifier)] : null,
    e.edition ? ["Edition", esc(e.edition)] : null,
    e.officialUrl ? ["Official page", `<a href="${esc(e.officialUrl)}" rel="noopener noreferrer">${esc(e.officialUrl)}</a>`] : null,
    ["Archived", `${date.format(e.archivedAt)}${e.reason ? ` — ${esc(e.reason)}` : ""}`],
    ["Last revision", String(e.revision)],
  ].filter((f): f is string[] => f !== null);
  const font = "font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; line-height: 1.5; color: #1b1b1b";
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${esc(e.title)} (archived) – DS4SSCC Catalogue of Specifications</title></head>
<body style="${font}; margin: 0">
<header style="background: #003399; color: #fff; padding: 0.75rem 1rem"><a href="/" style="color: #fff; font-weight: 700">DS4SSCC Catalogue of Specifications</a></header>
<main style="max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem">
<p style="margin: 0; text-transform: uppercase; font-size: 0.85rem">${esc(kindLabel)} · archived</p>
<h1>${esc(e.title)}</h1>
<p style="border-left: 5px solid #b35900; background: #fff7e6; padding: 0.75rem 1rem">This entry has been removed from the catalogue. It is no longer listed or found by search; what it last said is kept below and in its history.</p>
<p>${esc(e.summary)}</p>
<dl>${facts.map(([k, v]) => `<dt style="font-weight: 700">${k}</dt><dd style="margin: 0 0 0.5rem 0">${v}</dd>`).join("")}</dl>
<p><a href="${esc(e.href)}/history">See the full history of this entry</a> · <a href="/search">Search the catalogue</a></p>
</main>
<footer style="border-top: 1px solid #ccc; padding: 1rem; text-align: center"><a href="/security">Security</a></footer>
</body>
</html>`;
}
