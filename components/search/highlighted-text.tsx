import type { Highlighted } from "@/lib/search/schema";

/** Renders [plain, marked, plain, …] as text with <mark>: no HTML from the engine or content. */
export function HighlightedText({ parts }: { parts: Highlighted }) {
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>))}
    </>
  );
}
