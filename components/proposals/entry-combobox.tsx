"use client";
// Search-as-you-type for an entry to link to, as an ARIA 1.2 combobox: a text input that owns a
// listbox popup; ↓/↑ move through the options, Enter chooses, Escape closes (or clears). The
// answers come from GET /api/entries/lookup and are parsed before use; a failed lookup says so
// instead of looking like "no matches".
import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import { EntryKind } from "@/lib/catalogue/schema";

const LookupAnswer = z.object({
  results: z.array(z.object({ kind: EntryKind, slug: z.string(), title: z.string() })).max(50),
});
export type EntryChoice = z.infer<typeof LookupAnswer>["results"][number];

type Props = {
  id: string;
  label: string;
  kind: EntryKind;
  /** Slugs not to offer: already chosen, or the entry itself. */
  exclude: readonly string[];
  onChoose: (choice: EntryChoice) => void;
  describedBy?: string;
  invalid?: boolean;
};

const TYPING_DELAY_MS = 200;

export function EntryCombobox({ id, label, kind, exclude, onChoose, describedBy, invalid }: Props) {
  const [text, setText] = useState("");
  const [results, setResults] = useState<EntryChoice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const request = useRef<AbortController | null>(null);
  const listboxId = `${id}-listbox`;
  const options = results.filter((r) => !exclude.includes(r.slug));

  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(async () => {
      // Only the newest answer counts: an older request still running is cancelled.
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`/api/entries/lookup?${new URLSearchParams({ kind, q: text.slice(0, 100) })}`, { signal: controller.signal });
        if (!response.ok) throw new Error(`lookup answered ${response.status}`);
        const answer = LookupAnswer.parse(await response.json());
        setResults(answer.results);
        setActive(-1);
        const count = answer.results.filter((r) => !exclude.includes(r.slug)).length;
        setStatus(count === 0 ? "No entries match." : `${count} ${count === 1 ? "entry matches" : "entries match"}; use the arrow keys to choose.`);
      } catch (error) {
        if (controller.signal.aborted) return;
        setResults([]);
        setStatus("The search for entries is unavailable right now. Try again in a moment.");
        console.error("entry lookup failed", error);
      }
    }, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
    // `exclude` only filters the results already here; it does not change the query.
  }, [text, kind, open]);

  useEffect(() => () => request.current?.abort(), []);
  useEffect(() => {
    if (active >= 0) document.getElementById(`${listboxId}-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [active, listboxId]);

  const choose = (choice: EntryChoice) => {
    onChoose(choice);
    setText("");
    setOpen(false);
    setActive(-1);
    setStatus(`${choice.title} added.`);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return setOpen(true);
      if (options.length === 0) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a + step + options.length) % options.length);
    } else if (e.key === "Enter") {
      // Enter never submits the whole form from here.
      e.preventDefault();
      if (open && active >= 0 && options[active]) choose(options[active]);
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else setText("");
    }
  };

  const expanded = open && options.length > 0;
  return (
    <div className="entry-form-combobox">
      <label className="entry-form-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        className="entry-form-input entry-form-width-medium"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 ? `${listboxId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listboxId} role="listbox" aria-label={label} className="entry-form-listbox" hidden={!expanded}>
        {options.map((o, i) => (
          <li
            key={o.slug}
            id={`${listboxId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "entry-form-option-active" : undefined}
            // mousedown would blur the input (closing the popup) before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(o)}
          >
            {o.title} <span className="entry-form-slug">{o.slug}</span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
