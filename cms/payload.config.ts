import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Books } from './collections/Books'
import { Chapters } from './collections/Chapters'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Posts } from './collections/Posts'
import { Speakers } from './collections/Speakers'
import { Tips } from './collections/Tips'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { SiteSettings } from './globals/SiteSettings'
import { applyPendingMigrations } from './hooks/applyPendingMigrations'
import { ensureFirstAdmin } from './hooks/ensureFirstAdmin'
import { databaseAdapter } from './lib/database'
import { richTextEditor } from './lib/editor'
import { resolvePayloadSecret } from './lib/secret'
import { maxUploadBytes, tooLargeMessage } from './lib/uploadLimits'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: resolvePayloadSecret(),
  serverURL: process.env.CMS_URL || undefined,
  db: databaseAdapter(),
  editor: richTextEditor,
  sharp,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' · CMS' },
    avatar: 'default',
  },
  collections: [Posts, Chapters, Books, Tips, Speakers, Pages, Topics, Media, Users],
  globals: [SiteSettings],
  localization: {
    locales: [
      { code: 'nl', label: 'Nederlands' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'nl',
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
  graphQL: {
    disablePlaygroundInProduction: true,
  },
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    autoGenerate: false,
  },
  jobs: {
    // Scheduled publishing is a queued job; run due jobs every minute while the CMS is up.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => process.env.PAYLOAD_JOBS_AUTORUN !== 'false',
  },
  onInit: async (payload) => {
    await applyPendingMigrations(payload)
    await ensureFirstAdmin(payload)
  },
})
