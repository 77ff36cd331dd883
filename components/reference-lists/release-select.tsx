// Which state of the catalogue a list is pinned to: a release (the latest first) or, with a
// warning in the label itself, the current catalogue.
export function ReleaseSelect({ id, releases, value, label = "Pinned to release" }: { id: string; releases: string[]; value: string; label?: string }) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="hint">
        A release is frozen, so the list keeps citing the same editions. The current catalogue changes whenever an entry is edited.
      </p>
      <select id={id} name="release" defaultValue={value} aria-describedby={`${id}-hint`}>
        {releases.map((name, i) => (
          <option key={name} value={name}>
            Release {name}
            {i === 0 ? " (latest)" : ""}
          </option>
        ))}
        <option value="current">Current catalogue (not frozen)</option>
      </select>
    </div>
  );
}
