// Content negotiation decisions, with the Accept headers real clients send.
import { describe, expect, it } from "vitest";
import { linkedDataRoute, negotiate } from "./negotiation";

const chromeAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

describe("negotiate", () => {
  const available = ["text/html", "text/turtle", "application/ld+json", "application/n-triples"];
  it.each([
    ["text/turtle", "text/turtle"],
    ["application/ld+json", "application/ld+json"],
    ["application/ld+json;q=0.5, text/turtle;q=0.9", "text/turtle"],
    ["text/turtle;q=0.1, application/ld+json", "application/ld+json"],
    [chromeAccept, "text/html"],
    ["*/*", "text/html"],
    ["application/rdf+xml", "text/html"],
    ["text/*", "text/html"],
    ["application/n-triples", "application/n-triples"],
  ])("%s → %s", (accept, expected) => expect(negotiate(accept, available)).toBe(expected));

  it("takes the first type when Accept is missing", () => expect(negotiate(null, ["text/turtle", "text/html"])).toBe("text/turtle"));
});

describe("linkedDataRoute", () => {
  it("serves an entry's RDF when asked, its page otherwise", () => {
    expect(linkedDataRoute("GET", "/specifications/ngsi-ld", "text/turtle")).toEqual({ action: "rdf", to: "/ld/specifications/ngsi-ld/ttl" });
    expect(linkedDataRoute("GET", "/use-cases/decide", "application/ld+json")).toEqual({ action: "rdf", to: "/ld/use-cases/decide/jsonld" });
    expect(linkedDataRoute("GET", "/specifications/ngsi-ld", chromeAccept)).toEqual({ action: "html" });
    expect(linkedDataRoute("GET", "/specifications/ngsi-ld", null)).toEqual({ action: "html" });
  });

  it("passes every extension to the handler, which names the formats it has", () => {
    expect(linkedDataRoute("GET", "/datasets/noise.ttl", chromeAccept)).toEqual({ action: "rdf", to: "/ld/datasets/noise/ttl" });
    expect(linkedDataRoute("GET", "/datasets/noise.xml", null)).toEqual({ action: "rdf", to: "/ld/datasets/noise/xml" });
  });

  it("prefers RDF for the catalogue and the schemes, and sends browsers to their pages", () => {
    expect(linkedDataRoute("GET", "/catalogue", null)).toEqual({ action: "rdf", to: "/ld/catalogue/ttl" });
    expect(linkedDataRoute("HEAD", "/catalogue", "*/*")).toEqual({ action: "rdf", to: "/ld/catalogue/ttl" });
    expect(linkedDataRoute("GET", "/catalogue", chromeAccept)).toEqual({ action: "see-other", to: "/" });
    expect(linkedDataRoute("GET", "/catalogue.jsonld", chromeAccept)).toEqual({ action: "rdf", to: "/ld/catalogue/jsonld" });
    expect(linkedDataRoute("GET", "/taxonomy/mims", chromeAccept)).toEqual({ action: "see-other", to: "/mims" });
    expect(linkedDataRoute("GET", "/taxonomy/building-blocks.nt", null)).toEqual({ action: "rdf", to: "/ld/taxonomy/building-blocks/nt" });
  });

  it("leaves other methods, paths and hostile input alone", () => {
    expect(linkedDataRoute("POST", "/specifications/ngsi-ld", "text/turtle")).toBeNull();
    expect(linkedDataRoute("GET", "/specifications", "text/turtle")).toBeNull();
    expect(linkedDataRoute("GET", "/specifications/ngsi-ld/history", "text/turtle")).toBeNull();
    expect(linkedDataRoute("GET", "/specifications/..%2Fetc.ttl", "text/turtle")).toBeNull();
    expect(linkedDataRoute("GET", "/specifications/NGSI.ttl", "text/turtle")).toBeNull();
    expect(linkedDataRoute("GET", "/catalogue/x", "text/turtle")).toBeNull();
    // A malformed Accept header is not an error: it just matches nothing.
    expect(linkedDataRoute("GET", "/specifications/ngsi-ld", ";;;,,q=x")).toEqual({ action: "html" });
  });
});
