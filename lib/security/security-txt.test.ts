import { describe, expect, it } from "vitest";
import { securityTxt } from "./security-txt";

const fields = (text: string) => new Map(text.trim().split("\n").map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]));

describe("security.txt", () => {
  const now = new Date("2026-11-30T10:00:00.123Z");
  const text = securityTxt({ siteUrl: "https://catalogue.example.eu/", now });

  it("has the RFC 9116 fields, with absolute https URLs", () => {
    const f = fields(text);
    expect(f.get("Contact")).toBe("https://catalogue.example.eu/security");
    expect(f.get("Policy")).toBe("https://catalogue.example.eu/security");
    expect(f.get("Canonical")).toBe("https://catalogue.example.eu/.well-known/security.txt");
    expect(f.get("Preferred-Languages")).toBe("en");
    expect(text.endsWith("\n")).toBe(true);
  });

  it("expires in the future but less than a year after it was built, in RFC 3339 form", () => {
    const expires = fields(text).get("Expires") ?? "";
    expect(expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const days = (Date.parse(expires) - now.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(30);
    expect(days).toBeLessThan(365);
  });
});

describe("security.txt with a configured contact", () => {
  it("lists SECURITY_CONTACT first, then the policy page", () => {
    const text = securityTxt({ siteUrl: "https://catalogue.example.eu/", now: new Date("2026-11-29T00:00:00Z"), contact: "mailto:security@example.eu" });
    const contacts = text.split("\n").filter((l) => l.startsWith("Contact: "));
    expect(contacts).toEqual(["Contact: mailto:security@example.eu", "Contact: https://catalogue.example.eu/security"]);
  });
});
