import { describe, expect, it } from "vitest";
import { scriptSafeJson } from "./schema-org";

describe("scriptSafeJson", () => {
  it("cannot close the script element or open a comment, and parses back to the same value", () => {
    const hostile = { name: "</script><script>alert(1)</script><!-- & \u2028 \u2029" };
    const text = scriptSafeJson(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
