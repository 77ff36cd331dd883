import { describe, expect, it } from "vitest";
import { cachedListPath, listViewState } from "./list-views";

describe("cached list views", () => {
  it("reads back the state the proxy encoded, for every kind", () => {
    for (const [path, query] of [["/specifications", "publisher=etsi&sort=identifier&page=3"], ["/datasets", "sort=hvdCategory&dir=desc"], ["/use-cases", ""]]) {
      const cached = cachedListPath(path, new URLSearchParams(query))!;
      const [, , segment, view] = cached.split("/");
      const read = listViewState(segment, view);
      expect(read, cached).not.toBeNull();
      expect(Object.fromEntries(new URLSearchParams(query))).toMatchObject(
        Object.fromEntries(Object.entries({ ...read!.state.filters, sort: read!.state.sort, dir: read!.state.dir, page: String(read!.state.page) }).filter(([k]) => new URLSearchParams(query).has(k))),
      );
    }
  });

  it("refuses views the proxy never produces: other spellings, dropped parameters, unknown kinds", () => {
    expect(listViewState("specifications", "default")?.state.page).toBe(1);
    expect(listViewState("specifications", "page=1")).toBeNull();
    expect(listViewState("specifications", "page=2&sort=status")).toBeNull();
    expect(listViewState("specifications", "sort=status&page=2")?.state).toMatchObject({ sort: "status", page: 2 });
    expect(listViewState("specifications", "sort=password")).toBeNull();
    expect(listViewState("organisations", "default")).toBeNull();
    expect(listViewState("specifications", "%E0%A4%A")).toBeNull();
    expect(cachedListPath("/organisations", new URLSearchParams())).toBeNull();
  });
});
