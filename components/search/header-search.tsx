/** The site-wide search box: a plain GET form, so it works without JavaScript. */
export function HeaderSearch() {
  return (
    <form action="/search" method="get" role="search" aria-label="Site search" className="header-search">
      <label htmlFor="header-q" className="visually-hidden">
        Search the catalogue
      </label>
      <input id="header-q" type="search" name="q" placeholder="Search specifications, datasets…" maxLength={200} />
      <button type="submit">Search</button>
    </form>
  );
}
