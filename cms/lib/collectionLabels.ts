import type { LabelFunction } from 'payload'

type Translations = { nl: string; en: string }

/**
 * A collection's singular and plural names in the admin's two languages. Given as functions, not as
 * `{ nl, en }` objects: Payload resolves a label function when it makes the admin's configuration for
 * a language, whereas some of its components print an object label untranslated (the "+" button of a
 * relationship field was announced as "Add new [object Object]").
 */
export function collectionLabels(
  singular: Translations,
  plural: Translations,
): { singular: LabelFunction; plural: LabelFunction } {
  return { singular: inLanguage(singular), plural: inLanguage(plural) }
}

const inLanguage =
  (label: Translations): LabelFunction =>
  ({ i18n }) =>
    i18n.language === 'en' ? label.en : label.nl
