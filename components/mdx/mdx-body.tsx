// Renders a body's stored syntax tree. No code is generated or evaluated: hast-util-to-jsx-runtime
// walks the tree and creates React elements, and the only components it can reach are the ones
// in the map below. The tree is re-checked against the allow-list when it is read
// (lib/content/body-tree.ts readBodyTree), so a tampered row renders nothing instead of markup.
import * as React from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import type { EntryLink } from "@/lib/catalogue/dto";
import type { BodyTree } from "@/lib/content/body-tree";
import { Callout, Requirement, makeEntryRef } from "./mdx-components";

type Align = { align?: "left" | "center" | "right" };

// Bodies start their headings at ##, but they render inside the page's "About" section (an h2),
// so every body heading moves one level down to keep the outline in order.
const shiftedHeadings = {
  h2: (props: React.ComponentProps<"h3">) => <h3 {...props} />,
  h3: (props: React.ComponentProps<"h4">) => <h4 {...props} />,
  h4: (props: React.ComponentProps<"h5">) => <h5 {...props} />,
  h5: (props: React.ComponentProps<"h6">) => <h6 {...props} />,
};

/** Links to other sites open normally, but tell them nothing about the page or window they came from. */
function BodyLink(props: React.ComponentProps<"a">) {
  const external = typeof props.href === "string" && /^https?:\/\//i.test(props.href);
  return <a {...props} rel={external ? "noopener noreferrer" : undefined} />;
}

// GFM column alignment becomes a class: an inline style would need 'unsafe-inline' in the CSP.
const alignClass = (align: Align["align"]) => (align ? `align-${align}` : undefined);
const Th = ({ align, ...props }: React.ComponentProps<"th"> & Align) => <th {...props} className={alignClass(align)} />;
const Td = ({ align, ...props }: React.ComponentProps<"td"> & Align) => <td {...props} className={alignClass(align)} />;

export function MdxBody({ tree, references }: { tree: BodyTree; references: Record<string, EntryLink> }) {
  const components = {
    ...shiftedHeadings,
    a: BodyLink,
    th: Th,
    td: Td,
    Callout,
    Requirement,
    EntryRef: makeEntryRef(references),
  } as unknown as Partial<Components>;
  const content = toJsxRuntime(
    { type: "root", children: tree.children },
    { Fragment, jsx, jsxs, components, passKeys: true, tableCellAlignToStyle: false, ignoreInvalidStyle: true },
  );
  return <div className="prose">{content}</div>;
}
