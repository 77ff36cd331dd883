export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          The DS4SSCC Catalogue of Specifications lists open specifications, priority datasets and use cases for
          the European data space for smart and sustainable cities and communities. Entries are summaries written
          from public sources; each entry links to the sources it was checked against.
        </p>
        <p>
          Taxonomy: OpenDEI / DSSC data-space building blocks and OASC Minimal Interoperability Mechanisms (MIMs Plus).
        </p>
        <p>
          <a href="/downloads">Bulk downloads</a> · <a href="/feeds/catalogue.atom">Changes (Atom feed)</a> · <a href="/api-docs">Open API</a> ·{" "}
          <a href="/security">Report a security vulnerability</a>
        </p>
      </div>
    </footer>
  );
}
