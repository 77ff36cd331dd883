import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lead">There is no catalogue page at this address. The entry may have been renamed or removed.</p>
      <ul>
        <li>
          <Link href="/specifications">Browse all specifications</Link>
        </li>
        <li>
          <Link href="/datasets">Browse priority datasets</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
    </>
  );
}
