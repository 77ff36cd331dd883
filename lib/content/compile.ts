// Compiles a body that already passed the restricted-MDX policy. The output is a function body
// evaluated by lib/content/render.tsx with only the allow-listed components in scope.
import { createHash } from "node:crypto";
import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";

export function bodyHash(body: string): string {
  return createHash("sha256").update(body).digest("hex");
}

/** Compiles an MDX body with mdx-bundler; throws with the compiler's message on failure. */
export async function compileMdxBody(body: string): Promise<string> {
  const result = await bundleMDX({
    source: body,
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
      return options;
    },
    esbuildOptions(options) {
      options.minify = true;
      options.target = ["es2020"];
      return options;
    },
  });
  return result.code;
}
