import { describe, expect, it } from "vitest";
import { isRejectedCallback, safeCallbackPath } from "./callback-url";
import { emailAddressSchema } from "./email";

const site = "https://catalogue.example.org";

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeCallbackPath("/proposals/new?kind=dataset#form", site)).toBe("/proposals/new?kind=dataset#form");
    expect(safeCallbackPath("/", site)).toBe("/");
    expect(safeCallbackPath(`${site}/review`, site)).toBe("/review");
    expect(safeCallbackPath(site, site)).toBe("/");
  });

  it.each([
    "https://evil.example.net/",
    "//evil.example.net/path",
    "/\\evil.example.net",
    "\\\\evil.example.net",
    "/\t/evil.example.net",
    "javascript:alert(1)",
    "https://catalogue.example.org.evil.net/",
    "https://catalogue.example.org@evil.net/",
    "http://catalogue.example.org/account",
    "review",
    "/api/auth/signout",
    "",
    42,
  ])("rejects %j", (value) => {
    expect(safeCallbackPath(value, site)).toBe("/account");
  });

  it("tells a rejected value from a missing one", () => {
    expect(isRejectedCallback("https://evil.example.net/", site)).toBe(true);
    expect(isRejectedCallback(undefined, site)).toBe(false);
    expect(isRejectedCallback("/review", site)).toBe(false);
  });
});

describe("e-mail addresses", () => {
  it("normalises case, width and spaces", () => {
    expect(emailAddressSchema.parse("  Alice@Example.ORG ")).toBe("alice@example.org");
    expect(emailAddressSchema.parse("bob＠example.org")).toBe("bob@example.org");
  });

  it.each(['"a@b"@example.org', "a@b@example.org", "no-at-sign", "a@", "x".repeat(250) + "@example.org"])("refuses %j", (value) => {
    expect(emailAddressSchema.safeParse(value).success).toBe(false);
  });
});
