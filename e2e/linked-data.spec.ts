// Linked data as harvesters and browsers meet it (docs/decisions/0011-linked-data.md): content
// negotiation on entry URLs and /catalogue, the .ttl/.jsonld/.nt URLs, ETags, clear 404s, and
// on the HTML page the <link rel="alternate"> links and the Schema.org JSON-LD block.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { Parser, type Quad } from "n3";
import jsonld from "jsonld";

const entry = "/specifications/ngsi-ld";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const chromeAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

const turtle = (text: string) => new Parser({ format: "text/turtle" }).parse(text);
const has = (quads: Quad[], s: string, p: string, o: string) => quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);

test("an entry URL answers Turtle and JSON-LD by content negotiation, and HTML to a browser", async ({ request, baseURL }) => {
  const thing = `${baseURL}${entry}#id`;

  const ttl = await request.get(entry, { headers: { Accept: "text/turtle" } });
  expect(ttl.status()).toBe(200);
  expect(ttl.headers()["content-type"]).toBe("text/turtle; charset=utf-8");
  expect(ttl.headers()["vary"]).toMatch(/\bAccept\b/);
  const quads = turtle(await ttl.text());
  expect(has(quads, thing, RDF_TYPE, "http://www.w3.org/ns/adms#Asset")).toBe(true);
  expect(has(quads, thing, "http://purl.org/dc/terms/replaces", `${baseURL}/specifications/fiware-ngsi-v2#id`)).toBe(true);

  const ld = await request.get(entry, { headers: { Accept: "application/ld+json;q=1, text/html;q=0.5" } });
  expect(ld.headers()["content-type"]).toBe("application/ld+json; charset=utf-8");
  const nquads = (await jsonld.toRDF(await ld.json(), { format: "application/n-quads" })) as unknown as string;
  expect(nquads).toContain(`<${thing}> <http://purl.org/dc/terms/title> "NGSI-LD Context Information Management API"@en`);

  const html = await request.get(entry, { headers: { Accept: chromeAccept } });
  expect(html.headers()["content-type"]).toMatch(/^text\/html/);
  expect(await html.text()).toContain("<h1");
});

test("the .ttl, .jsonld and .nt URLs, the catalogue and the schemes; unknown ones say what is wrong", async ({ request, baseURL }) => {
  const dataset = await request.get("/datasets/air-quality.ttl", { headers: { Accept: chromeAccept } });
  expect(dataset.status()).toBe(200);
  expect(has(turtle(await dataset.text()), `${baseURL}/datasets/air-quality#id`, RDF_TYPE, "http://www.w3.org/ns/dcat#Dataset")).toBe(true);

  const useCase = await request.get("/use-cases/idea-roadworks.jsonld");
  expect(useCase.headers()["content-type"]).toBe("application/ld+json; charset=utf-8");
  expect(JSON.stringify(await useCase.json())).toContain(`${baseURL}/use-cases/idea-roadworks#id`);
  expect((await request.get("/specifications/ngsi-ld.nt")).headers()["content-type"]).toBe("application/n-triples; charset=utf-8");

  const catalogue = await request.get("/catalogue.ttl");
  expect(catalogue.status()).toBe(200);
  const catalogueQuads = turtle(await catalogue.text());
  expect(has(catalogueQuads, `${baseURL}/catalogue#id`, RDF_TYPE, "http://www.w3.org/ns/dcat#Catalog")).toBe(true);
  expect(has(catalogueQuads, `${baseURL}/catalogue#specifications`, "http://www.w3.org/ns/dcat#dataset", `${baseURL}${entry}#id`)).toBe(true);
  const negotiated = await request.get("/catalogue", { headers: { Accept: "text/turtle" } });
  expect(negotiated.headers()["content-type"]).toBe("text/turtle; charset=utf-8");
  expect((await request.get("/taxonomy/mims.ttl")).status()).toBe(200);
  const context = await request.get("/ld/context.jsonld");
  expect((await context.json())["@context"]).toMatchObject({ dcat: "http://www.w3.org/ns/dcat#", "@language": "en" });

  const badFormat = await request.get("/specifications/ngsi-ld.xml");
  expect(badFormat.status()).toBe(404);
  expect(await badFormat.text()).toContain('There is no "xml" representation here. Available formats: Turtle (.ttl), JSON-LD (.jsonld), N-Triples (.nt).');
  const unknown = await request.get("/specifications/no-such-spec.ttl");
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toContain('There is no specification "no-such-spec"');
  const badScheme = await request.get("/taxonomy/colours.ttl");
  expect(badScheme.status()).toBe(404);
  expect(await badScheme.text()).toContain("scheme must be one of building-blocks, mims, domains");
});

test("RDF documents carry an ETag and answer 304 when unchanged", async ({ request }) => {
  const first = await request.get("/catalogue.ttl");
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"[\w-]+"$/);
  expect(first.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  const again = await request.get("/catalogue.ttl", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
});

test("a browser asking for /catalogue is sent to the home page", async ({ page }) => {
  await page.goto("/catalogue");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("h1")).toHaveCount(1);
});

test("the entry page links its RDF documents and carries Schema.org JSON-LD, with no CSP report and no axe violation", async ({ page, request }) => {
  const cspReports: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) cspReports.push(message.text());
  });
  const response = await page.goto(entry);
  expect(response?.status()).toBe(200);

  for (const [type, extension] of [["text/turtle", ".ttl"], ["application/ld+json", ".jsonld"]]) {
    const href = await page.locator(`head link[rel="alternate"][type="${type}"]`).getAttribute("href");
    expect(href).toMatch(new RegExp(`${entry}\\${extension}$`));
    const linked = await request.get(href!);
    expect(linked.status(), href!).toBe(200);
    expect(linked.headers()["content-type"]).toBe(`${type}; charset=utf-8`);
  }

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const schema = JSON.parse(blocks[0]);
  expect(schema).toMatchObject({ "@context": "https://schema.org", "@type": "TechArticle", name: await page.locator("h1").innerText(), identifier: "ETSI GS CIM 009" });
  expect(schema.publisher).toEqual([expect.objectContaining({ "@type": "Organization", name: "European Telecommunications Standards Institute" })]);

  await page.reload({ waitUntil: "networkidle" });
  expect(cspReports).toEqual([]);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test("dataset and use-case pages carry Dataset and CreativeWork JSON-LD", async ({ page }) => {
  await page.goto("/datasets/air-quality");
  expect(JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? "{}")["@type"]).toBe("Dataset");
  await page.goto("/use-cases/idea-roadworks");
  expect(JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? "{}")["@type"]).toBe("CreativeWork");
});
