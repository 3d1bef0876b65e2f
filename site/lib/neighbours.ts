/**
 * Where an entry stands in one of the shared, ordered lists (site/lib/localizedCollection.ts and
 * the lists derived from it), found by id without scanning the list: pages ask once each, and a
 * scan per page makes a build quadratic at ten thousand posts. Positions are computed once per
 * list, which is why the lists must be the shared ones, not copies.
 */
const positions = new WeakMap<readonly { id: string }[], Map<string, number>>()

/** The index of the entry with this id in `list`, or undefined when it is not there. */
export function positionIn(list: readonly { id: string }[], id: string): number | undefined {
  if (!positions.has(list)) positions.set(list, new Map(list.map((item, i) => [item.id, i])))
  return positions.get(list)!.get(id)
}

/** The entries just before and after `entry` in `list`; none when it is not in the list. */
export function around<T extends { id: string }>(
  list: readonly T[],
  entry: T,
): [T | undefined, T | undefined] {
  const index = positionIn(list, entry.id)
  return index === undefined ? [undefined, undefined] : [list[index - 1], list[index + 1]]
}
