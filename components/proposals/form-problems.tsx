"use client";
// Problems from the last save or submit, indexed by the control that shows them, so each control
// can mark itself invalid and point at its message (GOV.UK: an inline error above the input,
// aria-describedby, aria-invalid), and the summary can link to the same ids.
import { createContext, useContext, useMemo } from "react";
import type { EntryKind } from "@/lib/catalogue/schema";
import { fieldId, problemTarget, type FieldProblem } from "@/lib/proposals/form-state";

export type PlacedProblem = FieldProblem & { target: string | null };

const ProblemsContext = createContext<ReadonlyMap<string, PlacedProblem[]>>(new Map());

/** Where each problem is shown: the target control's path, or null (summary only). */
export function placeProblems(kind: EntryKind, problems: readonly FieldProblem[]): PlacedProblem[] {
  return problems.map((p) => ({ ...p, target: problemTarget(kind, p.field) }));
}

export function ProblemsProvider({ problems, children }: { problems: readonly PlacedProblem[]; children: React.ReactNode }) {
  const index = useMemo(() => {
    const byTarget = new Map<string, PlacedProblem[]>();
    for (const p of problems) if (p.target) byTarget.set(p.target, [...(byTarget.get(p.target) ?? []), p]);
    return byTarget;
  }, [problems]);
  return <ProblemsContext.Provider value={index}>{children}</ProblemsContext.Provider>;
}

export type FieldState = {
  id: string;
  hintId: string;
  errorId: string;
  problems: PlacedProblem[];
  /** Props for the control: aria-invalid and aria-describedby (hint, then error). */
  describe: (hasHint: boolean) => { "aria-invalid"?: true; "aria-describedby"?: string };
};

/** The id, hint id, error id and problems of the control for `path`. */
export function useField(path: string): FieldState {
  const problems = useContext(ProblemsContext).get(path) ?? [];
  const id = fieldId(path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return {
    id,
    hintId,
    errorId,
    problems,
    describe: (hasHint) => {
      const ids = [hasHint ? hintId : "", problems.length > 0 ? errorId : ""].filter(Boolean).join(" ");
      return { ...(problems.length > 0 ? { "aria-invalid": true as const } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
    },
  };
}

/** The inline message(s) for a field, above its control. Renders nothing when it has none. */
export function FieldError({ field }: { field: FieldState }) {
  if (field.problems.length === 0) return null;
  return (
    <p className="entry-form-error" id={field.errorId}>
      {field.problems.map((p, i) => (
        <span key={i} className="entry-form-error-line">
          <span className="visually-hidden">Error:</span> {p.line ? `Line ${p.line}: ` : ""}
          {p.message}
        </span>
      ))}
    </p>
  );
}

/** The hint under a label, when the field has one. */
export function FieldHint({ field, hint }: { field: FieldState; hint?: string }) {
  return hint ? (
    <p className="entry-form-hint" id={field.hintId}>
      {hint}
    </p>
  ) : null;
}
