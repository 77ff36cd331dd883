// Previous/next page links that keep the rest of the URL state.
import Link from "next/link";

type Props = { path: string; page: number; pageCount: number; params: Record<string, string | undefined>; label: string };

function href(path: string, params: Props["params"], page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function Pagination({ path, page, pageCount, params, label }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={href(path, params, page - 1)} rel="prev">
              Previous page
            </Link>
          </li>
        ) : null}
        <li>
          <span aria-current="page">
            Page {page} of {pageCount}
          </span>
        </li>
        {page < pageCount ? (
          <li>
            <Link href={href(path, params, page + 1)} rel="next">
              Next page
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
