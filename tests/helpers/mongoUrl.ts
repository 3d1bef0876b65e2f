/** Replaces the database name in a MongoDB URL, keeping credentials and options. */
export function mongoUrlWithDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}
