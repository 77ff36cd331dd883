// The items of a reference list with everything a buyer checks before citing one: identifier,
// edition and date, publisher, status, licence or openness, official URL, MIMs, and warnings.
// Editable for the owner (level, note, "or equivalent", order), read-only on the shared page.
import { levelLabel, requirementLevels } from "@/lib/lists/schema";
import type { ListItemView } from "@/lib/lists/items";
import { moveItemAction, updateItemAction } from "@/lib/lists/actions";
import { opennessLabel, statusLabel, type Openness, type SpecificationStatus } from "@/lib/catalogue/schema";

type Editing = { listId: string; version: number } | null;

function Facts({ item }: { item: ListItemView }) {
  const edition = [item.edition, item.editionDate ? `(${item.editionDate})` : null].filter(Boolean).join(" ");
  return (
    <dl className="facts list-item-facts">
      <dt>Identifier</dt>
      <dd>{item.identifier ?? "none recorded"}</dd>
      <dt>Edition</dt>
      <dd>{edition || "none recorded"}</dd>
      <dt>Publisher</dt>
      <dd>{item.publishers.join(", ") || "unknown"}</dd>
      <dt>Status</dt>
      <dd>{item.status ? (statusLabel[item.status as SpecificationStatus] ?? item.status) : "unknown"}</dd>
      <dt>Licence</dt>
      <dd>
        {item.licence ?? "unknown"}
        {item.openness ? ` (${opennessLabel[item.openness as Openness]})` : ""}
      </dd>
      <dt>Official page</dt>
      <dd>{item.officialUrl ? <a href={item.officialUrl} rel="external noopener noreferrer">{item.officialUrl}</a> : "none"}</dd>
      <dt>MIMs</dt>
      <dd>{item.mims.join(", ") || "none"}</dd>
    </dl>
  );
}

function ItemForm({ item, editing, count }: { item: ListItemView; editing: NonNullable<Editing>; count: number }) {
  const id = `item-${item.entryId}`;
  const hidden = (
    <>
      <input type="hidden" name="listId" value={editing.listId} />
      <input type="hidden" name="version" value={editing.version} />
      <input type="hidden" name="entryId" value={item.entryId} />
    </>
  );
  return (
    <>
      <form action={updateItemAction} className="list-item-form">
        {hidden}
        <div className="form-field">
          <label htmlFor={`${id}-level`}>Requirement</label>
          <select id={`${id}-level`} name="level" defaultValue={item.level}>
            {requirementLevels.map((level) => (
              <option key={level} value={level}>
                {levelLabel[level]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-check">
          <input id={`${id}-equivalent`} name="orEquivalent" type="checkbox" defaultChecked={item.orEquivalent} />
          <label htmlFor={`${id}-equivalent`}>Accept equivalents (“or equivalent”, Article 42 of Directive 2014/24/EU)</label>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-note`}>Note</label>
          <textarea id={`${id}-note`} name="note" rows={2} maxLength={5000} defaultValue={item.note} />
        </div>
        <button type="submit">Save item</button>
      </form>
      <form action={moveItemAction} className="inline-form list-item-moves">
        {hidden}
        <button type="submit" name="move" value="up" className="button-secondary" disabled={item.position === 1} aria-label={`Move ${item.title} up`}>
          Up
        </button>
        <button type="submit" name="move" value="down" className="button-secondary" disabled={item.position === count} aria-label={`Move ${item.title} down`}>
          Down
        </button>
        <button type="submit" name="move" value="remove" className="button-danger" aria-label={`Remove ${item.title} from the list`}>
          Remove
        </button>
      </form>
    </>
  );
}

export function ListItems({ items, editing }: { items: ListItemView[]; editing: Editing }) {
  if (items.length === 0) {
    return <p className="notice">This list has no items yet. Use “Add to list” on a specification, in the catalogue or in search results.</p>;
  }
  return (
    <ol className="list-items">
      {items.map((item) => (
        <li key={item.entryId} id={`item-${item.entryId}`} className="panel list-item">
          <h3>
            {item.position}. <a href={item.href}>{item.title}</a>
          </h3>
          {item.warnings.length > 0 ? (
            <p className="notice list-item-warnings">
              <strong>Check before citing:</strong> {item.warnings.join("; ")}.
            </p>
          ) : null}
          <Facts item={item} />
          {editing ? (
            <ItemForm item={item} editing={editing} count={items.length} />
          ) : (
            <p>
              <strong>{levelLabel[item.level]}</strong>
              {item.orEquivalent ? ", or equivalent" : ", no equivalents"}
              {item.note ? (
                <>
                  <br />
                  <span className="list-item-note">{item.note}</span>
                </>
              ) : null}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
