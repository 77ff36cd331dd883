// The background body texts are the projection's own: the same function on a worker thread, so
// every text must equal the one worked out on this thread, whatever the body.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bodyText } from "./body-text";
import { bodyTextsInBackground } from "./body-text-pool";

const contentBodies = () =>
  ["specifications", "datasets", "use-cases"].flatMap((dir) =>
    fs.readdirSync(path.resolve("content", dir)).map((file) => fs.readFileSync(path.resolve("content", dir, file), "utf8").split(/\n---\n/).slice(1).join("\n---\n")),
  );

describe("bodyTextsInBackground", () => {
  it("works out the same text as bodyText for every body, broken ones included", async () => {
    const bodies = [...contentBodies(), "", "<Callout tone=\"note\">\n\nnever closed\n", "{process.exit(1)}", "| a | b |\n|---|---|\n| 1 | 2 |\n\n![alt text](/x.png) ~~struck~~"];
    const background = bodyTextsInBackground([...bodies, bodies[0]], 2);
    try {
      const known = await background.texts();
      expect(known.size).toBe(new Set(bodies).size);
      for (const body of bodies) expect(known.get(body)).toBe(bodyText(body));
    } finally {
      await background.stop();
    }
  }, 60_000);

  it("rejects, never hangs, when its workers are stopped before they answer", async () => {
    const background = bodyTextsInBackground(contentBodies(), 1);
    await background.stop();
    await expect(background.texts()).rejects.toThrow(/exited|stopped/);
  }, 60_000);
});
