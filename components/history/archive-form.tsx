// Editors remove an entry from the catalogue (archive) or bring it back (restore). Archiving keeps
// the URL and the whole history; the page then answers 410 with the last revision's facts.
import { archiveEntryAction } from "@/lib/catalogue/actions";

export function ArchiveForm({ entryId, headRevision, archived, historyPath }: { entryId: string; headRevision: number; archived: boolean; historyPath: string }) {
  const verb = archived ? "Restore" : "Archive";
  return (
    <section className="panel" aria-labelledby="archive-heading">
      <h2 id="archive-heading">{archived ? "Restore this entry" : "Remove from the catalogue"}</h2>
      <p>
        {archived
          ? "Restoring brings the entry back into the catalogue and search."
          : "Archiving takes the entry out of lists and search. Its address and history stay. Use it for duplicates and mistakes; a specification its publisher withdrew stays a normal entry with that status."}
      </p>
      <form action={archiveEntryAction}>
        <input type="hidden" name="entryId" value={entryId} />
        <input type="hidden" name="expectedHead" value={headRevision} />
        <input type="hidden" name="historyPath" value={historyPath} />
        <input type="hidden" name="restore" value={archived ? "1" : "0"} />
        <p>
          <label htmlFor="archive-reason">Reason (shown in the history)</label>
          <textarea id="archive-reason" name="reason" rows={2} required />
        </p>
        <button type="submit" className={archived ? undefined : "button-danger"}>
          {verb} entry
        </button>
      </form>
    </section>
  );
}
