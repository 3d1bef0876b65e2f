import type { CollectionConfig } from 'payload'

import { isLoggedIn } from '../../access/isLoggedIn'
import { nobody } from '../../access/nobody'
import { rebuildSite } from './endpoints/rebuildSite'
import { collectionLabels } from '../../lib/collectionLabels'
import { dayAndTime } from '../../fields/dateFormats'

/**
 * One row per site build: what started it, how long it took, how it ended and its full log. Only
 * the build job writes here; everyone in the admin reads it, so an editor who published sees when
 * the change is live and, if a build failed, why.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: collectionLabels({ nl: 'Sitebuild', en: 'Site build' }, { nl: 'Sitebuilds', en: 'Site builds' }),
  admin: {
    useAsTitle: 'trigger',
    defaultColumns: ['status', 'trigger', 'startedAt', 'durationMs', 'summary'],
    group: { nl: 'Website', en: 'Website' },
    description: {
      nl: 'Na elke publicatie wordt de website opnieuw gebouwd. Hier staan de laatste builds met hun resultaat en logboek.',
      en: 'The website is rebuilt after every publish. These are the latest builds with their result and log.',
    },
    components: { beforeListTable: ['/components/RebuildSiteButton#RebuildSiteButton'] },
  },
  defaultSort: '-startedAt',
  access: { read: isLoggedIn, create: nobody, update: nobody, delete: nobody },
  endpoints: [rebuildSite],
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      label: { nl: 'Resultaat', en: 'Result' },
      options: [
        { value: 'running', label: { nl: 'Bezig', en: 'Running' } },
        { value: 'live', label: { nl: 'Live', en: 'Live' } },
        { value: 'unchanged', label: { nl: 'Niets veranderd', en: 'Nothing changed' } },
        { value: 'failed', label: { nl: 'Mislukt', en: 'Failed' } },
        { value: 'interrupted', label: { nl: 'Onderbroken', en: 'Interrupted' } },
      ],
    },
    { name: 'trigger', type: 'text', required: true, label: { nl: 'Aanleiding', en: 'Trigger' } },
    { name: 'full', type: 'checkbox', label: { nl: 'Volledige build', en: 'Full build' } },
    {
      name: 'startedAt',
      type: 'date',
      required: true,
      index: true,
      label: { nl: 'Gestart', en: 'Started' },
      admin: { date: dayAndTime },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: { nl: 'Klaar', en: 'Finished' },
      admin: { date: dayAndTime },
    },
    { name: 'durationMs', type: 'number', label: { nl: 'Duur (ms)', en: 'Duration (ms)' } },
    { name: 'summary', type: 'text', label: { nl: 'Samenvatting', en: 'Summary' } },
    { name: 'error', type: 'textarea', label: { nl: 'Fout', en: 'Error' } },
    { name: 'log', type: 'code', label: { nl: 'Logboek', en: 'Log' }, admin: { language: 'shell' } },
  ],
}
