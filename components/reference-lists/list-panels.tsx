// The owner's side panels of a list: sharing, copying to another release, deleting.
import { deleteListAction, duplicateListAction, shareListAction } from "@/lib/lists/actions";
import { ReleaseSelect } from "./release-select";

export function SharePanel({ listId, version, shareUrl }: { listId: string; version: number; shareUrl: string | null }) {
  return (
    <section className="panel" id="sharing" aria-labelledby="share-heading">
      <h2 id="share-heading">Sharing</h2>
      {shareUrl ? (
        <>
          <p>Anyone with this link can read the list and download its exports, but not change it:</p>
          <p>
            <a href={shareUrl} className="share-link">
              {shareUrl}
            </a>
          </p>
        </>
      ) : (
        <p>This list is private: only you can see it.</p>
      )}
      <form action={shareListAction}>
        <input type="hidden" name="listId" value={listId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="share" value={shareUrl ? "0" : "1"} />
        <button type="submit" className={shareUrl ? "button-danger" : undefined}>
          {shareUrl ? "Revoke the share link" : "Create a share link"}
        </button>
      </form>
    </section>
  );
}

export function DuplicatePanel({ listId, releases, pinnedTo }: { listId: string; releases: string[]; pinnedTo: string }) {
  return (
    <section className="panel" aria-labelledby="duplicate-heading">
      <h2 id="duplicate-heading">Copy to another release</h2>
      <p>Makes a private copy with the same items, pinned where you choose, and shows what changed for each item since {pinnedTo === "current" ? "the current catalogue" : `release ${pinnedTo}`}.</p>
      <form action={duplicateListAction}>
        <input type="hidden" name="listId" value={listId} />
        <input type="hidden" name="fromRelease" value={pinnedTo} />
        <ReleaseSelect id="duplicate-release" releases={releases} value={releases[0] ?? "current"} label="Pin the copy to" />
        <button type="submit">Duplicate list</button>
      </form>
    </section>
  );
}

export function DeletePanel({ listId, version }: { listId: string; version: number }) {
  return (
    <section className="panel" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete this list</h2>
      <p>Deleting removes the list and its share link. Exports you downloaded stay valid: they cite a release.</p>
      <form action={deleteListAction}>
        <input type="hidden" name="listId" value={listId} />
        <input type="hidden" name="version" value={version} />
        <button type="submit" className="button-danger">
          Delete list
        </button>
      </form>
    </section>
  );
}
