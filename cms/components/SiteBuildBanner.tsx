import type { ServerProps } from 'payload'

const words = {
  nl: {
    failed: 'De laatste build van de website is mislukt.',
    still: 'De website toont nog de vorige versie; je wijzigingen staan er nog niet op.',
    log: 'Bekijk de fout en het logboek',
  },
  en: {
    failed: 'The last website build failed.',
    still: 'The website still shows the previous version; your changes are not on it yet.',
    log: 'See the error and the log',
  },
}

/**
 * A banner at the top of every admin page while the latest finished site build has failed, so an
 * editor who published notices that the change did not go live, and where to read why.
 */
export async function SiteBuildBanner({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const latest = await payload.find({
    collection: 'site-builds',
    where: { status: { in: ['live', 'unchanged', 'failed'] } },
    sort: '-startedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const build = latest.docs[0]
  if (build?.status !== 'failed') return null
  const text = words[i18n.language === 'en' ? 'en' : 'nl']
  const adminRoute = payload.config.routes.admin
  return (
    <div
      role="alert"
      style={{
        background: 'var(--theme-error-100)',
        borderBottom: '2px solid var(--theme-error-500)',
        color: 'var(--theme-error-900)',
        padding: '0.75rem var(--gutter-h)',
      }}
    >
      <strong>{text.failed}</strong> {text.still}{' '}
      <a href={`${adminRoute}/collections/site-builds/${build.id}`} style={{ color: 'inherit' }}>
        {text.log}
      </a>
      {build.summary ? `: ${build.summary}` : ''}
    </div>
  )
}
