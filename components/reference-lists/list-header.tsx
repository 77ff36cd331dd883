// What a list is, which state of the catalogue it cites, and the warnings a buyer must see.
import type { ListView } from "@/lib/lists/queries";

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export function ListHeader({ list }: { list: ListView }) {
  const flagged = list.items.filter((i) => i.warnings.length > 0).length;
  return (
    <>
      <dl className="facts">
        {list.purpose ? (
          <>
            <dt>Purpose</dt>
            <dd className="list-purpose">{list.purpose}</dd>
          </>
        ) : null}
        {list.buyer ? (
          <>
            <dt>Buyer</dt>
            <dd>{list.buyer}</dd>
          </>
        ) : null}
        <dt>Cites</dt>
        <dd>
          {list.release ? (
            <>
              <a href={`/releases/${encodeURIComponent(list.release.name)}`}>Release {list.release.name}</a>, published {date.format(new Date(list.release.publishedAt))} (frozen)
            </>
          ) : (
            "The current catalogue"
          )}
        </dd>
        <dt>Items</dt>
        <dd>{list.items.length}</dd>
      </dl>
      {list.release ? null : (
        <p className="notice" role="note">
          <strong>Not frozen.</strong> This list follows the current catalogue, so what it cites can change whenever an entry is edited. Pin it to a release before citing it in a tender.
        </p>
      )}
      {flagged > 0 ? (
        <p className="notice" role="note">
          <strong>
            {flagged} item{flagged === 1 ? " needs" : "s need"} checking
          </strong>{" "}
          before citing: superseded or withdrawn, paid, partly verified, without an edition, or not in the release. See the warnings on each item.
        </p>
      ) : null}
    </>
  );
}
