/**
 * A build that fails: the live site stays as it was, every admin page shows a banner that links to
 * the error, and once the cause is gone the next build clears it.
 */
import { expect, test } from '@playwright/test'

import { createPost, fromAdmin, logIn } from './helpers/admin'

const live = process.env.E2E_LIVE_URL!
const slug = 'een-veel-te-lang-verslag'
const banner = /last website build failed|laatste build van de website is mislukt/i

type Build = { id: number; status: string; trigger: string; error?: string }

test('a failed build leaves the live site alone and shows a banner in the admin until it is fixed', async ({
  page,
}) => {
  test.setTimeout(300_000)
  await expect.poll(async () => (await page.request.get(`${live}/`)).status(), { timeout: 180_000 }).toBe(200)
  await logIn(page)
  const latestBuild = async (): Promise<Build | undefined> =>
    (
      await (
        await page.request.get('/api/site-builds?sort=-startedAt&limit=1&depth=0', { headers: fromAdmin() })
      ).json()
    ).docs[0]

  // A report far heavier than a page may be: the CMS takes it, the site's budget check does not.
  const words = Array.from({ length: 40_000 }, (_, index) => `verslagwoord${(index * 7919) % 100_003}`)
  const id = await createPost(page, {
    title: 'Een veel te lang verslag',
    summary: 'Het volledige verslag van een jaar overleg, in één bericht.',
    text: words.join(' '),
    status: 'published',
  })

  await expect
    .poll(
      async () => {
        const build = await latestBuild()
        return build?.trigger.includes(slug) ? build.status : 'waiting'
      },
      { timeout: 120_000 },
    )
    .toBe('failed')
  expect((await page.request.get(`${live}/blog/${slug}/`)).status()).toBe(404)
  expect((await page.request.get(`${live}/`)).status()).toBe(200)

  await page.goto('/admin')
  const alert = page.getByRole('alert').filter({ hasText: banner })
  await expect(alert).toBeVisible()
  await alert.getByRole('link').click()
  await expect(page).toHaveURL(/\/admin\/collections\/site-builds\/\d+/)
  await expect(page.locator('#field-error')).toHaveValue(new RegExp(`blog/${slug}/index.html`))

  // The cause removed, the next build finishes well and the banner goes.
  expect((await page.request.delete(`/api/posts/${id}`, { headers: fromAdmin() })).status()).toBe(200)
  await expect
    .poll(async () => (await latestBuild())?.status, { timeout: 120_000 })
    .toMatch(/^(live|unchanged)$/)
  await page.goto('/admin')
  await expect(page.getByRole('alert').filter({ hasText: banner })).toHaveCount(0)
})
