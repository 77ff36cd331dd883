// Sort keys that list pages order by in the database (decision 0017). Folding is ASCII-only, the
// same as SQLite's lower() that filled existing rows in migration 0007, so old and new rows sort
// alike; non-ASCII capitals keep their case (rare in titles, and stable).
const foldAscii = (text: string) => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

export const sortTitle = (title: string) => foldAscii(title);

/** Publishers' organisation slugs in their order, or null (no publisher sorts last). */
export const sortPublishers = (slugs: string[]) => (slugs.length ? slugs.join(", ") : null);

/** Cities in their order, folded, or null (none sorts last). */
export const sortCities = (cities: string[]) => (cities.length ? foldAscii(cities.join(", ")) : null);
