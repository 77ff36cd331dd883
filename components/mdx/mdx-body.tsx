// Evaluates compiled restricted MDX. The code was produced by our compiler from a body that
// passed the policy check, so the only things in scope are React's JSX runtime and the
// allow-listed components passed below.
import * as React from "react";
import * as jsxRuntime from "react/jsx-runtime";
import type { EntryLink } from "@/lib/catalogue/dto";
import { Callout, Requirement, makeEntryRef } from "./mdx-components";

type MdxModule = { default: React.ComponentType<{ components: Record<string, React.ComponentType<never>> }> };

const cache = new Map<string, MdxModule["default"]>();

function load(code: string): MdxModule["default"] {
  let component = cache.get(code);
  if (!component) {
    // mdx-bundler's output is a function body expecting these three names in scope.
    const run = new Function("React", "ReactDOM", "_jsx_runtime", code) as (...a: unknown[]) => MdxModule;
    component = run(React, {}, jsxRuntime).default;
    cache.set(code, component);
  }
  return component;
}

// Bodies start their headings at ##, but they render inside the page's "About" section (an h2),
// so every body heading moves one level down to keep the outline in order.
const shiftedHeadings = {
  h2: (props: React.ComponentProps<"h3">) => <h3 {...props} />,
  h3: (props: React.ComponentProps<"h4">) => <h4 {...props} />,
  h4: (props: React.ComponentProps<"h5">) => <h5 {...props} />,
};

export function MdxBody({ code, references }: { code: string; references: Record<string, EntryLink> }) {
  const Content = load(code);
  const components = { ...shiftedHeadings, Callout, Requirement, EntryRef: makeEntryRef(references) } as Record<
    string,
    React.ComponentType<never>
  >;
  return (
    <div className="prose">
      <Content components={components} />
    </div>
  );
}
