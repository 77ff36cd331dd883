"use client";
// The body editor: a plain textarea (MDX is text, and a textarea works with every assistive
// technology), line numbers beside it, the problems the server finds listed with links that put
// the caret on their line, and the live preview. Problem counts are announced politely when
// they change, never on each keystroke.
import { useEffect, useMemo, useRef, useState } from "react";
import { FieldError, FieldHint, useField } from "./form-problems";
import { BodyPreviewPane, useBodyPreview, type PreviewState } from "./body-preview";

const HINT =
  "Markdown, with the components <Callout>, <Requirement> and <EntryRef>. Start headings at ##. Images must be files of this site.";

/** Puts the caret on `line` (selecting it) and scrolls it into view. */
export function selectLine(textarea: HTMLTextAreaElement, line: number) {
  const lines = textarea.value.split("\n");
  const n = Math.min(Math.max(Math.trunc(line), 1), lines.length);
  const start = lines.slice(0, n - 1).reduce((sum, l) => sum + l.length + 1, 0);
  textarea.focus();
  textarea.setSelectionRange(start, start + lines[n - 1].length);
  const lineHeight = Number.parseFloat(getComputedStyle(textarea).lineHeight) || 20;
  textarea.scrollTop = Math.max(0, (n - 3) * lineHeight);
}

function problemsOf(state: PreviewState) {
  return state.phase === "ready" ? state.preview.problems : [];
}

const countText = (n: number) => (n === 0 ? "No problems in the body." : `${n} ${n === 1 ? "problem" : "problems"} in the body.`);

export function BodyEditor({ defaultValue }: { defaultValue: string }) {
  const field = useField("body");
  const [body, setBody] = useState(defaultValue);
  const { state, pending } = useBodyPreview(body);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const gutterRef = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const lastCount = useRef<number | null>(null);
  const problems = problemsOf(state);
  const problemLines = useMemo(() => new Set(problems.map((p) => p.line)), [problems]);
  const lineCount = useMemo(() => body.split("\n").length, [body]);
  const listId = `${field.id}-problems`;

  useEffect(() => {
    if (state.phase !== "ready") return;
    // The first result is shown, not announced: only a change is news.
    if (lastCount.current !== null && lastCount.current !== problems.length) setAnnouncement(countText(problems.length));
    lastCount.current = problems.length;
  }, [state, problems.length]);

  return (
    <div className={`entry-form-group body-editor${field.problems.length ? " entry-form-group-invalid" : ""}`}>
      <label className="entry-form-label" htmlFor={field.id}>
        Body
      </label>
      <FieldHint field={field} hint={HINT} />
      <FieldError field={field} />
      <div className="body-editor-panes">
        <div className="body-editor-source">
          <div className="body-editor-frame">
            <div className="body-editor-gutter" aria-hidden="true" ref={gutterRef}>
              {Array.from({ length: lineCount }, (_, i) => (
                <span key={i} className={problemLines.has(i + 1) ? "body-editor-gutter-problem" : undefined}>
                  {i + 1}
                </span>
              ))}
            </div>
            <textarea
              ref={textareaRef}
              id={field.id}
              name="body"
              className="body-editor-textarea"
              value={body}
              rows={24}
              wrap="off"
              spellCheck
              onChange={(e) => setBody(e.target.value)}
              onScroll={(e) => {
                if (gutterRef.current) gutterRef.current.scrollTop = e.currentTarget.scrollTop;
              }}
              {...field.describe(true)}
              aria-describedby={[field.hintId, listId, field.problems.length ? field.errorId : ""].filter(Boolean).join(" ")}
            />
          </div>
          <div id={listId} className="body-editor-problems">
            <p className="body-editor-problem-count">{state.phase === "ready" ? countText(problems.length) : pending ? "Checking the body…" : ""}</p>
            {problems.length > 0 ? (
              <ul>
                {problems.map((p, i) => (
                  <li key={`${p.line}-${i}`}>
                    <a
                      href={`#${field.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        if (textareaRef.current) selectLine(textareaRef.current, p.line);
                      }}
                    >
                      Line {p.line}
                    </a>
                    : {p.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          <p className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </p>
        </div>
        <BodyPreviewPane state={state} pending={pending} headingId={`${field.id}-preview-heading`} />
      </div>
    </div>
  );
}
