import type { Field, GlobalConfig } from 'payload'

import { SOCIAL_PLATFORMS } from '../../model/vocabularies'
import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { queueSiteBuildAfterGlobalChange } from '../hooks/queueSiteBuild'
import { refuseSettingsTheSiteCannotShow } from '../hooks/refuseSettingsTheSiteCannotShow'
import { validateSiteLink, validateUrl } from '../lib/validateUrl'

// Link lists are localized as a whole: each language has its own items and its own addresses
// (/blog/ and /en/blog/).
const link: Field[] = [
  { name: 'label', type: 'text', required: true, label: { nl: 'Tekst', en: 'Label' } },
  {
    name: 'href',
    type: 'text',
    required: true,
    label: { nl: 'Adres', en: 'Address' },
    admin: { description: 'A site path such as /blog/ or /over-ons/, or a full https:// address.' },
    validate: validateSiteLink,
  },
]

/** Name, tagline, navigation, footer and social links: shown on every page of the site. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { nl: 'Website-instellingen', en: 'Site settings' },
  access: { read: anyone, update: isEditor },
  hooks: { beforeChange: [refuseSettingsTheSiteCannotShow], afterChange: [queueSiteBuildAfterGlobalChange] },
  fields: [
    { name: 'siteName', type: 'text', required: true, localized: true, label: { nl: 'Naam', en: 'Name' } },
    { name: 'tagline', type: 'text', localized: true, label: { nl: 'Ondertitel', en: 'Tagline' } },
    {
      name: 'defaultLanguage',
      type: 'select',
      required: true,
      defaultValue: 'nl',
      options: [
        { value: 'nl', label: 'Nederlands' },
        { value: 'en', label: 'English' },
      ],
      label: { nl: 'Standaardtaal', en: 'Default language' },
    },
    {
      name: 'navigation',
      type: 'array',
      localized: true,
      maxRows: 8,
      label: { nl: 'Hoofdnavigatie', en: 'Main navigation' },
      fields: link,
    },
    {
      name: 'footer',
      type: 'group',
      label: { nl: 'Voettekst', en: 'Footer' },
      fields: [
        { name: 'text', type: 'textarea', localized: true, label: { nl: 'Tekst', en: 'Text' } },
        {
          name: 'links',
          type: 'array',
          localized: true,
          maxRows: 12,
          label: { nl: 'Links', en: 'Links' },
          fields: link,
        },
      ],
    },
    {
      name: 'socialLinks',
      type: 'array',
      label: { nl: 'Sociale media', en: 'Social links' },
      fields: [
        {
          name: 'platform',
          type: 'select',
          required: true,
          options: [...SOCIAL_PLATFORMS],
        },
        { name: 'url', type: 'text', required: true, validate: validateUrl },
        { name: 'label', type: 'text', localized: true, label: { nl: 'Naam', en: 'Label' } },
      ],
    },
  ],
}
