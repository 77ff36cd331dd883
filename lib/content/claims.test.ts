import { describe, expect, it } from "vitest";
import { compileBody } from "./body";

const claimsOf = (body: string) => {
  const result = compileBody(body);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return result.claims.map(({ token, kind, sourced, line }) => ({ token, kind, sourced, line }));
};

describe("claim candidates in a body", () => {
  it("finds years, versions and 'since' dates with their lines", () => {
    expect(claimsOf("## About\n\nVersion 1.9.1 appeared in 2025.\n\nIt has applied since June 2024.")).toEqual([
      { token: "1.9.1", kind: "version", sourced: false, line: 3 },
      { token: "2025", kind: "year", sourced: false, line: 3 },
      { token: "since June 2024", kind: "since", sourced: false, line: 5 },
    ]);
  });

  it("counts a paragraph with a footnote or link as citing its source", () => {
    const claims = claimsOf("Published in 2023.[^oj]\n\nSee [the journal](https://eur-lex.europa.eu/) for 2024.\n\n[^oj]: [OJ](https://eur-lex.europa.eu/)");
    expect(claims.every((c) => c.sourced)).toBe(true);
    expect(claims.map((c) => c.token)).toEqual(["2023", "2024"]);
  });

  it("ignores code, and ordinary numbers that are not years or versions", () => {
    expect(claimsOf("Use `v2.0` here.\n\n```\nsince 2020\n```\n\nAbout 300 cities and 12 pilots.")).toEqual([]);
  });
});
