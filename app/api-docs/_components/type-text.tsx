// A type in words, with schema names as links to their section of the page.
import type { TypeText } from "@/lib/api/reference";

export function TypeLabel({ parts }: { parts: TypeText[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.schema ? (
          <a key={i} href={`#schema-${p.schema}`}>
            {p.text}
          </a>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
