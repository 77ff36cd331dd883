// Loads env.ts (through jiti, since this file is plain ESM) so a bad configuration stops the
// build and the server at start-up with a message naming the variable.
import { createJiti } from "jiti";

const jiti = createJiti(import.meta.url);
const { env } = await jiti.import("./env.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: env.NEXT_DIST_DIR,
  poweredByHeader: false,
  // Prerendered pages are served from memory; hashing 30 KB for an ETag on every request
  // costs more than it saves (pages are rebuilt as a whole on change anyway).
  generateEtags: false,
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  turbopack: { root: import.meta.dirname },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
