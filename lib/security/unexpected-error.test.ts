import { afterEach, describe, expect, it, vi } from "vitest";
import { unexpectedErrorResponse } from "./unexpected-error";

afterEach(() => vi.restoreAllMocks());

describe("unexpectedErrorResponse", () => {
  it("tells the client nothing about the error, and logs all of it under the same reference", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = new Error("SQLITE_ERROR: no such table: SearchDocumentFts (SELECT rowid FROM SearchDocumentFts WHERE ...)");
    error.stack = `${error.message}\n    at searchFallback (/work/main/lib/search/fallback.ts:42:7)`;

    const response = unexpectedErrorResponse(error, { where: "GET /api/search", title: "The search could not be completed." });
    const body = await response.text();

    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    for (const leak of ["SQLITE", "SearchDocumentFts", "SELECT", "/work/", "fallback.ts", "at searchFallback", "Error"]) {
      expect(body).not.toContain(leak);
    }
    const problem = JSON.parse(body);
    expect(problem).toMatchObject({ status: 500, title: "The search could not be completed." });
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0][0]).toContain(problem.reference);
    expect(log.mock.calls[0][1]).toBe(error);
  });
});
