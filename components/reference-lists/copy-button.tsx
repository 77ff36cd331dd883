"use client";
// Copies a block of text (the tender clauses) to the clipboard and says so in a live region.
// Without JavaScript or clipboard access the text stays selectable on the page.
import { useState } from "react";

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied to the clipboard.");
    } catch {
      setStatus("The browser did not allow copying: select the text and copy it by hand.");
    }
  }
  return (
    <p>
      <button type="button" className="button-secondary" onClick={copy}>
        {label}
      </button>{" "}
      <span role="status" aria-live="polite">
        {status}
      </span>
    </p>
  );
}
