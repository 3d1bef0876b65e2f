import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { isLoggedInField } from '../../access/isLoggedIn'
import { contentId } from '../../fields/contentId'
import { slug } from '../../fields/slug'
import { withExistingRelations } from '../../fields/withExistingRelations'
import { ROLES } from '../../lib/roles'
import { validateUrl } from '../../lib/validateUrl'
import { queueSiteBuildAfterDelete, queueSiteBuildWhenFieldsChange } from '../../hooks/queueSiteBuild'
import { keepWhatPublishedDocumentsNeed } from '../../hooks/keepWhatPublishedDocumentsNeed'
import { refuseWhatTheSiteCannotShow } from '../../hooks/refuseWhatTheSiteCannotShow'
import { collectionLabels } from '../../lib/collectionLabels'
import { secureCookies } from '../../lib/guards/origins'
import { clearLoginFailures } from './hooks/clearLoginFailures'
import { hashForUnknownAddress } from './hooks/hashForUnknownAddress'
import { limitAuthAttempts } from './hooks/limitAuthAttempts'
import { passwordResetEmail } from './passwordResetEmail'

/**
 * Editors, authors and admins. Everyone has a public author profile (name, bio, photo, links);
 * e-mail address and role are private and never leave the CMS for anonymous visitors.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: collectionLabels({ nl: 'Gebruiker', en: 'User' }, { nl: 'Gebruikers', en: 'Users' }),
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // Payload's own lockout let anyone lock any account (the admin's too) with ten wrong passwords,
    // and its message told which addresses exist. hooks/limitAuthAttempts replaces it.
    maxLoginAttempts: 0,
    cookies: { secure: secureCookies(), sameSite: 'Lax' },
    forgotPassword: passwordResetEmail,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    read: anyone,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    // Limit first, so a refused attempt costs no password hash.
    beforeOperation: [limitAuthAttempts, hashForUnknownAddress],
    afterLogin: [clearLoginFailures],
    // An author's public profile must stay one the site can show.
    beforeChange: [refuseWhatTheSiteCannotShow],
    // Authors have a public profile on the site; logins and password changes do not show there.
    afterChange: [queueSiteBuildWhenFieldsChange(['name', 'slug', 'jobTitle', 'bio', 'photo', 'links'])],
    beforeDelete: [keepWhatPublishedDocumentsNeed],
    afterDelete: [queueSiteBuildAfterDelete],
  },
  fields: withExistingRelations([
    {
      name: 'email',
      type: 'email',
      access: { read: isLoggedInField },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { nl: 'Naam', en: 'Name' },
    },
    slug('name', { localized: false }),
    contentId('name'),
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'author',
      saveToJWT: true,
      options: ROLES.map((role) => ({
        value: role,
        label: {
          admin: { nl: 'Beheerder', en: 'Admin' },
          editor: { nl: 'Redacteur', en: 'Editor' },
          author: { nl: 'Auteur', en: 'Author' },
        }[role],
      })),
      access: { read: isLoggedInField, create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description: 'Authors write drafts, editors publish everything, admins also manage users.',
      },
    },
    {
      name: 'jobTitle',
      type: 'text',
      localized: true,
      label: { nl: 'Functie en organisatie', en: 'Role and organisation' },
    },
    {
      name: 'bio',
      type: 'textarea',
      localized: true,
      label: { nl: 'Korte biografie', en: 'Short biography' },
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      label: { nl: 'Portret', en: 'Portrait' },
    },
    {
      name: 'links',
      type: 'array',
      // Link labels are in the reader's language, so each language keeps its own list.
      localized: true,
      label: { nl: 'Links', en: 'Links' },
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'url', type: 'text', required: true, validate: validateUrl },
      ],
    },
  ]),
}
