"use client";
// The search form is a real GET form (it works without JavaScript). With JavaScript it
// applies changes at once: typing updates results after a pause, and each filter change is a
// history entry, so Back undoes it.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { facetParam, parseSearchParams, searchQuery, type FacetName } from "@/lib/search/schema";

export type FacetOption = { value: string; label: string; count: number; selected: boolean };
export type FacetGroup = { name: FacetName; label: string; options: FacetOption[] };

type Props = {
  q: string;
  sort: string;
  view: string;
  facets: FacetGroup[];
  /** Changes whenever the URL's state changes, to reset uncontrolled inputs on Back/Forward. */
  stateKey: string;
  /** The results, rendered on the server. */
  children: React.ReactNode;
};

const TYPING_DELAY_MS = 300;
const FORM_ID = "search-form";
const VISIBLE_OPTIONS = 8;

/** The form's state as a canonical /search URL (same parser and order as the server). */
function urlFrom(form: HTMLFormElement): string {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of new FormData(form)) (raw[key] ??= []).push(String(value));
  const { notices: _ignored, ...state } = parseSearchParams(raw);
  return `/search${searchQuery({ ...state, page: 1 })}`;
}

function FacetOptions({ group, options }: { group: FacetGroup; options: FacetOption[] }) {
  return (
    <>
      {options.map((o) => {
        const id = `f-${group.name}-${o.value}`;
        return (
          <div key={o.value} className="facet-option">
            <input type="checkbox" id={id} form={FORM_ID} name={facetParam[group.name]} value={o.value} defaultChecked={o.selected} />
            <label htmlFor={id}>
              {o.label} <span className="count">({o.count})</span>
            </label>
          </div>
        );
      })}
    </>
  );
}

export function SearchForm({ q, sort, view, facets, stateKey, children }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [query, setQuery] = useState(q);
  const [pending, startTransition] = useTransition();
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const typingPushed = useRef(false);
  const inputFocused = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);

  // Keystrokes typed before hydration live only in the DOM (no handler saw them): adopt them
  // instead of letting the URL's query below overwrite them.
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    inputFocused.current = document.activeElement === input;
    if (input.value !== q) onQueryChange(input.value);
    // Runs once, at hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Back/Forward change the URL under us: show its query unless the visitor is typing.
  useEffect(() => {
    if (!inputFocused.current) setQuery(q);
    typingPushed.current = false;
  }, [q, stateKey]);

  const navigate = (mode: "push" | "replace") => {
    if (!formRef.current) return;
    const url = urlFrom(formRef.current);
    startTransition(() => (mode === "push" ? router.push(url, { scroll: false }) : router.replace(url, { scroll: false })));
  };

  const onQueryChange = (value: string) => {
    setQuery(value);
    if (typingTimer.current) clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => {
      // The first pause in a burst of typing adds a history entry; later ones update it.
      navigate(typingPushed.current ? "replace" : "push");
      typingPushed.current = true;
    }, TYPING_DELAY_MS);
  };

  return (
    <div
      className="search-layout"
      onChange={(e) => {
        if ((e.target as HTMLElement).getAttribute("name") === "q") return;
        typingPushed.current = false;
        navigate("push");
      }}
    >
      <form
        id={FORM_ID}
        ref={formRef}
        method="get"
        action="/search"
        role="search"
        aria-label="Search the catalogue"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (typingTimer.current) clearTimeout(typingTimer.current);
          navigate("push");
        }}
      >
        <label htmlFor="search-q">Search specifications, datasets and use cases</label>
        <div className="search-row">
          <input
            id="search-q"
            ref={inputRef}
            type="search"
            name="q"
            value={query}
            maxLength={1000}
            autoComplete="off"
            onFocus={() => (inputFocused.current = true)}
            onBlur={() => (inputFocused.current = false)}
            onChange={(e) => onQueryChange(e.target.value)}
          />
          <button type="submit">Search</button>
        </div>
        <div className="search-options" key={`opts-${stateKey}`}>
          <label htmlFor="search-sort">Sort by</label>{" "}
          <select id="search-sort" name="sort" defaultValue={sort}>
            <option value="relevance">Relevance</option>
            <option value="title">Title (A–Z)</option>
            <option value="updated">Last updated</option>
          </select>
          <fieldset className="view-choice">
            <legend>Show results as</legend>
            <input type="radio" id="view-cards" name="view" value="cards" defaultChecked={view !== "table"} />
            <label htmlFor="view-cards">Cards</label>
            <input type="radio" id="view-table" name="view" value="table" defaultChecked={view === "table"} />
            <label htmlFor="view-table">Table</label>
          </fieldset>
        </div>
        <p className="muted search-status" aria-live="polite">
          {pending ? "Updating results…" : ""}
        </p>
      </form>
      <section className="facets" aria-labelledby="facets-heading" key={`facets-${stateKey}`}>
        <h2 id="facets-heading">Filter results</h2>
        {facets.map((group) => {
          if (group.options.length === 0) return null;
          const shown = group.options.slice(0, VISIBLE_OPTIONS);
          const more = group.options.slice(VISIBLE_OPTIONS);
          return (
            <fieldset key={group.name} className="facet">
              <legend>{group.label}</legend>
              <FacetOptions group={group} options={shown} />
              {more.length > 0 ? (
                <details>
                  <summary>
                    {more.length} more {group.label.toLowerCase()} values
                  </summary>
                  <FacetOptions group={group} options={more} />
                </details>
              ) : null}
            </fieldset>
          );
        })}
        <noscript>
          <button type="submit" form={FORM_ID}>
            Apply filters
          </button>
        </noscript>
      </section>
      <div className="search-results" aria-busy={pending}>
        {children}
      </div>
    </div>
  );
}
