import { describe, expect, it } from "vitest";
import { createNonce, noncePolicy, staticPolicy, type PolicyOptions } from "./csp";

/** The policy as a map of directive → sources. */
function parse(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    expect(directives.has(name), `directive ${name} appears twice`).toBe(false);
    directives.set(name, sources);
  }
  return directives;
}

const everyOption: PolicyOptions[] = [
  { dev: false, https: false },
  { dev: false, https: true },
  { dev: true, https: false },
  { dev: true, https: true },
];
const nonce = "AAECAwQFBgcICQoLDA0ODw==";
const allPolicies = everyOption.flatMap((o) => [staticPolicy(o), noncePolicy(nonce, o)]);
const production = { dev: false, https: true };

describe("both policies", () => {
  it.each(allPolicies)("carry the directives the issue asks for: %s", (policy) => {
    const d = parse(policy);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
  });

  it.each(allPolicies)("name no host, scheme or wildcard, only 'self' and keywords: %s", (policy) => {
    for (const [name, sources] of parse(policy)) {
      for (const source of sources) expect(source, `${name} ${source}`).toMatch(/^'(self|none|unsafe-inline|unsafe-eval|strict-dynamic|nonce-[A-Za-z0-9+/=]+)'$/);
    }
  });

  it("allow 'unsafe-eval' in development only", () => {
    for (const policy of [staticPolicy(production), noncePolicy(nonce, production)]) expect(policy).not.toContain("unsafe-eval");
    for (const policy of [staticPolicy({ dev: true, https: false }), noncePolicy(nonce, { dev: true, https: false })]) {
      expect(parse(policy).get("script-src")).toContain("'unsafe-eval'");
    }
  });

  it("allow inline styles in development only (the dev overlay), never in production", () => {
    for (const policy of [staticPolicy(production), noncePolicy(nonce, production)]) expect(parse(policy).get("style-src")).not.toContain("'unsafe-inline'");
    for (const policy of [staticPolicy({ dev: true, https: false }), noncePolicy(nonce, { dev: true, https: false })]) {
      expect(parse(policy).get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    }
  });

  it("upgrade insecure requests only when the site is served over https", () => {
    expect(parse(staticPolicy(production)).has("upgrade-insecure-requests")).toBe(true);
    expect(parse(noncePolicy(nonce, production)).has("upgrade-insecure-requests")).toBe(true);
    expect(staticPolicy({ dev: false, https: false })).not.toContain("upgrade-insecure-requests");
  });
});

describe("the static policy", () => {
  it("lets Next's inline bootstrap run and carries no nonce (a nonce would switch 'unsafe-inline' off)", () => {
    const scripts = parse(staticPolicy(production)).get("script-src");
    expect(scripts).toEqual(["'self'", "'unsafe-inline'"]);
    expect(staticPolicy(production)).not.toMatch(/nonce-|strict-dynamic/);
  });
});

describe("the nonce policy", () => {
  it("runs only scripts with the nonce and what they load: 'strict-dynamic', no 'unsafe-inline'", () => {
    const d = parse(noncePolicy(nonce, production));
    expect(d.get("script-src")).toContain(`'nonce-${nonce}'`);
    expect(d.get("script-src")).toContain("'strict-dynamic'");
    expect(d.get("script-src")).not.toContain("'unsafe-inline'");
    expect(d.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
  });

  it("refuses a nonce that could break out of the header", () => {
    for (const bad of ["", "short", "abc'; script-src *", "AAECAwQFBgcICQoLDA0ODw==; x", "AAECAwQF BgcICQoLDA0O"]) {
      expect(() => noncePolicy(bad, production), bad).toThrow();
    }
  });
});

describe("createNonce", () => {
  it("gives 16 random bytes as base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) {
      expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(() => noncePolicy(n, production)).not.toThrow();
    }
  });
});
