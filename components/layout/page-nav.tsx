// Numbered page links (a window of five around the current page, with first/last reachable):
// plain links, so paging works without JavaScript and every page has its own URL.
import Link from "next/link";

type Props = { page: number; pageCount: number; hrefFor: (page: number) => string; label: string };

export function PageNav({ page, pageCount, hrefFor, label }: Props) {
  if (pageCount <= 1) return null;
  const from = Math.max(1, Math.min(page - 2, pageCount - 4));
  const window = Array.from({ length: Math.min(5, pageCount) }, (_, i) => from + i);
  const pages = [...new Set([1, ...window, pageCount])];
  return (
    <nav aria-label={label} className="pagination">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              Previous
            </Link>
          </li>
        ) : null}
        {pages.map((p, i) => (
          <li key={p}>
            {i > 0 && p - pages[i - 1] > 1 ? <span className="gap" aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page">{p}</span>
            ) : (
              <Link href={hrefFor(p)} aria-label={`Page ${p}`}>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next">
              Next
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
