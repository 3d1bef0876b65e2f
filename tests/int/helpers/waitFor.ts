/**
 * Polls `check` until it gives a value (anything truthy), and returns that value; fails with what
 * was awaited when `timeoutMs` passes first. `detail` adds what the failure should say besides.
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T> | T,
  options: { timeoutMs?: number; intervalMs?: number; detail?: () => string } = {},
): Promise<NonNullable<T>> {
  const { timeoutMs = 120_000, intervalMs = 200, detail } = options
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value as NonNullable<T>
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}${detail ? ` (${detail()})` : ''}`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
