"use client";
// The GOV.UK error summary: after a save or submit that found problems, a box at the top of the
// form takes the focus, says "There is a problem" and links each problem to its field. A link
// moves the focus to the control (and, for the body, the caret to the line), not just the scroll.
import { useEffect, useRef } from "react";
import { fieldId } from "@/lib/proposals/form-state";
import type { PlacedProblem } from "./form-problems";
import { fieldPathLabel } from "./field-text";
import { selectLine } from "./body-editor";

type Props = {
  problems: readonly PlacedProblem[];
  /** Changes with every action result, so a repeated failure takes the focus again. */
  focusKey: unknown;
};

function describe(p: PlacedProblem): string {
  const where = p.field === "body" && p.line ? `Body, line ${p.line}` : fieldPathLabel(p.field);
  return `${where}: ${p.message}`;
}

function focusTarget(p: PlacedProblem) {
  const element = p.target ? document.getElementById(fieldId(p.target)) : null;
  if (!element) return false;
  if (p.target === "body" && p.line && element instanceof HTMLTextAreaElement) selectLine(element, p.line);
  else element.focus();
  element.scrollIntoView({ block: "center" });
  return true;
}

export function ErrorSummary({ problems, focusKey }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
  }, [focusKey, problems.length]);
  if (problems.length === 0) return null;
  return (
    <div className="entry-form-error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="entry-form-error-summary-title">
      <h2 id="entry-form-error-summary-title">There is a problem</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.target ? (
              <a href={`#${fieldId(p.target)}`} onClick={(e) => { if (focusTarget(p)) e.preventDefault(); }}>
                {describe(p)}
              </a>
            ) : (
              describe(p)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
