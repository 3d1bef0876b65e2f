import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES } from '../model/locales'
import { Books } from './collections/Books'
import { Chapters } from './collections/Chapters'
import { Events } from './collections/Events'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Posts } from './collections/Posts'
import { Speakers } from './collections/Speakers'
import { Tips } from './collections/Tips'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { SiteBuilds } from './collections/SiteBuilds'
import { Registrations } from './collections/Registrations'
import { sendRegistrationMailTask } from './collections/Registrations/sendRegistrationMail'
import { Submissions } from './collections/Submissions'
import { Deliveries } from './collections/Deliveries'
import { Editions } from './collections/Editions'
import { DATE_TIME_FORMAT } from './fields/dateFormats'
import { keepRemovingUntouchedDrafts } from './lib/drafts/removeUntouchedDrafts'
import { Subscribers } from './collections/Subscribers'
import { recoverInterruptedSending } from './newsletter/recoverInterruptedSending'
import { NEWSLETTER_QUEUE, sendEditionTask } from './newsletter/sendEdition'
import { sendSubscriptionMailTask } from './newsletter/sendSubscriptionMail'
import { MAIL_QUEUE, sendSubmissionMailTask } from './collections/Submissions/tasks/sendSubmissionMail'
import { keepErasingExpiredSubmissions } from './forms/eraseExpiredSubmissions'
import { SiteSettings } from './globals/SiteSettings'
import { applyPendingMigrations } from './hooks/applyPendingMigrations'
import { keepPlannerStatisticsFresh } from './lib/plannerStatistics'
import { ensureFirstAdmin } from './hooks/ensureFirstAdmin'
import { databaseAdapter } from './lib/database'
import { emailAdapter } from './lib/mail/emailAdapter'
import { richTextEditor } from './lib/editor'
import { resolvePayloadSecret } from './lib/secret'
import { buildSiteTask } from './publish/buildSiteTask'
import { keepAgendaCurrent } from './publish/keepAgendaCurrent'
import { recoverInterruptedBuilds } from './publish/recoverInterruptedBuilds'
import { SITE_BUILD_QUEUE } from './publish/requestSiteBuild'
import { maxUploadBytes, tooLargeMessage } from './lib/uploadLimits'
import { graphqlValidationRules } from './lib/guards/graphqlRules'
import { MAX_DEPTH } from './lib/guards/limits'
import { allowedOrigins } from './lib/guards/origins'
import { showPublicErrors } from './lib/guards/showPublicErrors'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Scripts and tests that open the CMS set PAYLOAD_JOBS_AUTORUN=false: only the server runs jobs. */
const runsJobs = () => process.env.PAYLOAD_JOBS_AUTORUN !== 'false'

export default buildConfig({
  secret: resolvePayloadSecret(),
  serverURL: process.env.CMS_URL || undefined,
  db: databaseAdapter(),
  editor: richTextEditor,
  // SMTP when SMTP_URL is set, else the outbox folder that admins read in the admin (lib/mail).
  email: emailAdapter,
  sharp,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' · CMS' },
    avatar: 'default',
    // List cells, "last modified" and version dates: as the date fields show them (fields/dateFormats.ts).
    dateFormat: DATE_TIME_FORMAT,
    components: {
      // The network's mark and name on the login page and in the admin, not Payload's.
      graphics: {
        Logo: '/components/branding/Logo#Logo',
        Icon: '/components/branding/Icon#Icon',
      },
      header: ['/components/SiteBuildBanner#SiteBuildBanner'],
      afterNavLinks: [
        '/components/inbox/InboxNavLink#InboxNavLink',
        '/components/outbox/OutboxNavLink#OutboxNavLink',
      ],
      views: {
        outbox: { Component: '/components/outbox/OutboxView#OutboxView', path: '/outbox' },
        personalData: {
          Component: '/components/inbox/PersonalDataView#PersonalDataView',
          path: '/personal-data',
        },
      },
    },
  },
  collections: [
    Posts,
    Chapters,
    Books,
    Tips,
    Speakers,
    Events,
    Pages,
    Topics,
    Media,
    Users,
    SiteBuilds,
    Submissions,
    Registrations,
    Subscribers,
    Editions,
    Deliveries,
  ],
  globals: [SiteSettings],
  localization: {
    locales: LOCALES.map((code) => ({ code, label: LOCALE_NAMES[code] })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  i18n: {
    supportedLanguages: { nl, en },
    fallbackLanguage: 'nl',
  },
  upload: {
    limits: { fileSize: maxUploadBytes },
    abortOnLimit: true,
    responseOnLimit: tooLargeMessage(),
  },
  // Relations are populated at most this deep for anyone, the Local API included; the API guard
  // (cms/lib/guards) allows less to anonymous requests.
  maxDepth: MAX_DEPTH.user,
  defaultDepth: 2,
  // Cookies count only from these origins (csrf), and only these may read answers (cors): the
  // CMS itself and the public site, whose forms post to the CMS. See lib/guards/origins.ts.
  csrf: allowedOrigins(),
  cors: allowedOrigins(),
  graphQL: {
    disablePlaygroundInProduction: true,
    // Payload's switch turns introspection off for everyone; graphqlRules.ts turns it off for
    // anonymous requests only, so logged-in developers can still generate types.
    disableIntrospectionInProduction: false,
    // Counts each field once; graphqlRules.ts also weighs lists by their limit.
    maxComplexity: 1000,
    validationRules: graphqlValidationRules,
  },
  hooks: {
    afterError: [showPublicErrors],
  },
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    autoGenerate: false,
  },
  jobs: {
    tasks: [
      buildSiteTask,
      sendSubmissionMailTask,
      sendRegistrationMailTask,
      sendSubscriptionMailTask,
      sendEditionTask,
    ],
    // Site builds share a concurrency key: they never overlap, and a new one replaces a queued one.
    enableConcurrencyControl: true,
    autoRun: [
      // Scheduled publishing is a queued job; run due jobs every minute while the CMS is up.
      { cron: '* * * * *', queue: 'default', limit: 20 },
      // Site builds wait a moment after a publish (to coalesce bursts), then start within a second.
      { cron: '* * * * * *', queue: SITE_BUILD_QUEUE, limit: 1, silent: true },
      // Mails about readers' submissions go out within seconds, whatever a site build is doing.
      { cron: '* * * * * *', queue: MAIL_QUEUE, limit: 10, silent: true },
      // A newsletter edition goes out as one long job at its own pace (cms/newsletter/sendEdition.ts).
      { cron: '*/5 * * * * *', queue: NEWSLETTER_QUEUE, limit: 1, silent: true },
    ],
    shouldAutoRun: () => runsJobs(),
  },
  onInit: async (payload) => {
    await applyPendingMigrations(payload)
    await ensureFirstAdmin(payload)
    if (runsJobs()) {
      await keepPlannerStatisticsFresh(payload)
      await recoverInterruptedBuilds(payload)
      await recoverInterruptedSending(payload)
      keepErasingExpiredSubmissions(payload)
      keepAgendaCurrent(payload)
      keepRemovingUntouchedDrafts(payload)
    }
  },
})
