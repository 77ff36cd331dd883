// Says, on every page viewed as of a release, that the content is frozen and where the live
// version is (or that it has since left the catalogue).
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export function ReleaseBanner({ name, publishedAt, revisionNumber, currentHref }: { name: string; publishedAt: string; revisionNumber: number; currentHref: string | null }) {
  return (
    <div className="notice notice-info release-banner" role="note" aria-label="As of a release">
      <p>
        <strong>As of release {name}</strong> (published {date.format(new Date(publishedAt))}): revision {revisionNumber} of this entry, frozen. Later changes do not appear here.
      </p>
      <p>
        {currentHref ? <a href={currentHref}>View the current version</a> : "This entry has since been removed from the catalogue."}
        {" · "}
        <a href={`/releases/compare?from=${encodeURIComponent(name)}&to=current`}>What changed since {name}</a>
      </p>
    </div>
  );
}
