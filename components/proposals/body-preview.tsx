"use client";
// The body's live preview. The server compiles the body with the import's pipeline (previewBody);
// this side only schedules the calls and renders the tree it gets back. One request is in flight
// at a time: text typed meanwhile waits for it, and an answer for text that has since changed is
// dropped, so problem lines never point at the wrong line.
import { useCallback, useEffect, useRef, useState } from "react";
import { checkBodyTree } from "@/lib/content/body-tree";
import { previewBody } from "@/lib/proposals/preview-actions";
import type { BodyPreview } from "@/lib/proposals/preview";
import { MdxBody } from "@/components/mdx/mdx-body";

export type PreviewState =
  | { phase: "waiting" }
  | { phase: "ready"; preview: BodyPreview; lastGood: Extract<BodyPreview, { ok: true }> | null }
  | { phase: "unavailable"; lastGood: Extract<BodyPreview, { ok: true }> | null };

const PREVIEW_DELAY_MS = 400;

/** Previews `body` once typing pauses; `pending` while a request runs. */
export function useBodyPreview(body: string): { state: PreviewState; pending: boolean } {
  const [state, setState] = useState<PreviewState>({ phase: "waiting" });
  const [pending, setPending] = useState(false);
  const latest = useRef(body);
  const inFlight = useRef(false);
  const queued = useRef<string | null>(null);
  const lastGood = useRef<Extract<BodyPreview, { ok: true }> | null>(null);
  latest.current = body;

  const run = useCallback(async (text: string): Promise<void> => {
    if (inFlight.current) {
      queued.current = text;
      return;
    }
    inFlight.current = true;
    setPending(true);
    try {
      const preview = await previewBody(text);
      if (text === latest.current) {
        if (preview.ok) lastGood.current = preview;
        setState({ phase: "ready", preview, lastGood: lastGood.current });
      }
    } catch (error) {
      console.error("body preview failed", error);
      if (text === latest.current) setState({ phase: "unavailable", lastGood: lastGood.current });
    } finally {
      inFlight.current = false;
      const next = queued.current;
      queued.current = null;
      if (next !== null && next !== text) void run(next);
      else setPending(false);
    }
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => void run(body), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [body, run]);

  return { state, pending };
}

/** Renders a tree from the server after the same allow-list check the entry page makes. */
function CheckedBody({ preview }: { preview: Extract<BodyPreview, { ok: true }> }) {
  if (checkBodyTree(preview.tree.children).length > 0) return <p className="entry-form-error">The preview could not be shown.</p>;
  return <MdxBody tree={preview.tree} references={preview.references} />;
}

export function BodyPreviewPane({ state, pending, headingId }: { state: PreviewState; pending: boolean; headingId: string }) {
  const shown = state.phase === "ready" && state.preview.ok ? state.preview : state.phase === "waiting" ? null : state.lastGood;
  const stale = shown !== null && !(state.phase === "ready" && state.preview.ok);
  return (
    <section className="body-editor-preview" aria-labelledby={headingId} aria-busy={pending}>
      <h3 id={headingId}>Preview</h3>
      {state.phase === "waiting" ? <p className="entry-form-hint">The preview appears here as you type.</p> : null}
      {state.phase === "unavailable" ? (
        <p className="entry-form-notice">The preview is unavailable right now. Your text is safe; the preview tries again when you next type.</p>
      ) : null}
      {stale && state.phase === "ready" ? <p className="entry-form-notice">Showing the last version without syntax problems. Fix the problems to update it.</p> : null}
      {shown ? <CheckedBody preview={shown} /> : null}
    </section>
  );
}
