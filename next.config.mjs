// Loads env.ts (through jiti, since this file is plain ESM) so a bad configuration stops the
// build and the server at start-up with a message naming the variable.
import { createJiti } from "jiti";

const jiti = createJiti(import.meta.url);
const { env } = await jiti.import("./env.ts");
// Security headers and the static CSP (docs/decisions/0006-http-hardening.md). Pages under the
// nonce prefixes get their CSP from proxy.ts instead; the rules leave those paths out.
const { securityHeaderRules } = await jiti.import("./lib/security/headers.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: env.NEXT_DIST_DIR,
  poweredByHeader: false,
  // Prerendered pages are served from memory; hashing 30 KB for an ETag on every request
  // costs more than it saves (pages are rebuilt as a whole on change anyway).
  generateEtags: false,
  reactStrictMode: true,
  // The export writers load their font and plugins from node_modules at run time (lib/exports).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "pdfkit", "fontkit", "@citation-js/core", "@citation-js/plugin-bibtex", "@citation-js/plugin-csl"],
  turbopack: { root: import.meta.dirname },
  // forbidden() and unauthorized(): server actions and pages answer 403/401 with a proper page
  // when the data layer refuses (lib/http/interrupts.ts).
  experimental: { authInterrupts: true },
  async headers() {
    return securityHeaderRules({ siteUrl: env.SITE_URL, dev: env.NODE_ENV === "development" });
  },
};

export default nextConfig;
