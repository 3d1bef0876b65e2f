/**
 * Old versions of edited posts. A shard of older years is not indexed again for every edit: the
 * new version of a post is indexed with the newest year, and the build lists the Pagefind ids of the
 * old versions still in the older shard (scripts/lib/search/edits.ts). They leave the results here,
 * before anything counts, sorts or shows them.
 */
export function dropSuperseded<T extends { id: string }>(
  results: T[],
  superseded: ReadonlySet<string>,
): void {
  if (superseded.size === 0) return
  let kept = 0
  for (const result of results) if (!superseded.has(result.id)) results[kept++] = result
  results.length = kept
}
