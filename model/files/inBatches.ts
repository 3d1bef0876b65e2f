/**
 * `work` on every item, a batch of `size` at a time, results in the items' order. For reading many
 * small files: one after another, each file's open, stat, read and close wait in turn for the
 * thread pool (seconds at 10,000 files); all at once, every file is in memory and open at the same time.
 */
export async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = []
  for (let start = 0; start < items.length; start += size)
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))))
  return results
}
