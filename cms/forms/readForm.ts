/**
 * Checks a posted form against its definition (model/forms.ts), the same one the site renders it
 * from, and turns it into the data of a submission. Everything a reader sends is text: HTML is
 * refused, not cleaned, and so are more than MAX_LINKS web addresses.
 */
import {
  ELAPSED_FIELD,
  FORMS,
  HONEYPOT_FIELD,
  LANGUAGE_FIELD,
  MAX_LINKS,
  MIN_FILL_MS,
  type FormKind,
  type FormProblem,
} from '../../model/forms'
import type { Locale } from '../../model/locales'

export type Lookups = {
  /** The CMS ids of the topics with these content ids; unknown ones are missing from the map. */
  topics: (contentIds: string[]) => Promise<Map<string, number | string>>
  speaker: (contentId: string) => Promise<number | string | undefined>
  /** A published event by content id. */
  event: (contentId: string) => Promise<number | string | undefined>
}

export type FormReading =
  | { ok: true; locale: Locale; data: Record<string, unknown> }
  | { ok: false; locale: Locale; problem: FormProblem; field?: string }
  /** The honeypot was filled in: answer as if all went well, keep nothing. */
  | { ok: false; locale: Locale; spam: true }

/** A tag (`<b>`, `</p>`, `<img src=…>`), a comment or a declaration; `a<b` in a sentence is text. */
const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!/i
const LINK = /\b(?:https?:\/\/|www\.)/gi
const EMAIL = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$/
/** Speaker requests are for the coming three years. */
const MAX_YEARS_AHEAD = 3

export async function readForm(
  kind: FormKind,
  params: URLSearchParams,
  lookups: Lookups,
  now = new Date(),
): Promise<FormReading> {
  const locale: Locale = params.get(LANGUAGE_FIELD) === 'en' ? 'en' : 'nl'
  const refuse = (problem: FormProblem, field?: string): FormReading => ({
    ok: false,
    locale,
    problem,
    field,
  })
  if (params.get(HONEYPOT_FIELD)?.trim()) return { ok: false, locale, spam: true }
  const elapsed = Number(params.get(ELAPSED_FIELD))
  if (params.get(ELAPSED_FIELD) && Number.isFinite(elapsed) && elapsed < MIN_FILL_MS)
    return refuse('too-fast')

  const data: Record<string, unknown> = { kind, language: locale }
  let links = 0
  for (const field of FORMS[kind]) {
    const raw = (params.get(field.name) ?? '').replace(/\r\n?/g, '\n').trim()
    if (field.kind === 'checkbox') {
      const checked = raw !== ''
      if (field.required && !checked) return refuse('invalid', field.name)
      data[field.name] = checked
      continue
    }
    if (field.kind === 'topics') {
      const ids = [
        ...new Set(
          params
            .getAll(field.name)
            .map((value) => value.trim())
            .filter(Boolean),
        ),
      ]
      if (ids.length > 20) return refuse('invalid', field.name)
      const known = ids.length > 0 ? await lookups.topics(ids) : new Map()
      if (ids.some((id) => !known.has(id))) return refuse('invalid', field.name)
      if (field.required && ids.length === 0) return refuse('invalid', field.name)
      data[field.name] = ids.map((id) => known.get(id)!)
      continue
    }
    if (raw === '') {
      if (field.required) return refuse('invalid', field.name)
      continue
    }
    if (LOOKS_LIKE_HTML.test(raw)) return refuse('html', field.name)
    links += raw.match(LINK)?.length ?? 0
    switch (field.kind) {
      case 'text':
      case 'email':
      case 'textarea': {
        const value = field.kind === 'textarea' ? raw : raw.replace(/\s+/g, ' ')
        if (value.length > field.maxLength) return refuse('invalid', field.name)
        if (field.kind === 'email' && !EMAIL.test(value)) return refuse('invalid', field.name)
        data[field.name] = field.kind === 'email' ? value.toLowerCase() : value
        break
      }
      case 'select':
      case 'radio':
        if (!field.options.some((option) => option.value === raw)) return refuse('invalid', field.name)
        data[field.name] = raw
        break
      case 'speaker':
      case 'event': {
        const id = raw.length <= 100 ? await lookups[field.kind](raw) : undefined
        if (id === undefined) return refuse('invalid', field.name)
        data[field.name] = id
        break
      }
      case 'date': {
        const date = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T12:00:00Z`) : undefined
        const today = now.toISOString().slice(0, 10)
        const latest = `${now.getUTCFullYear() + MAX_YEARS_AHEAD}${today.slice(4)}`
        if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw)
          return refuse('invalid', field.name)
        if (raw < today || raw > latest) return refuse('invalid', field.name)
        data[field.name] = date.toISOString()
        break
      }
      case 'number': {
        const value = Number(raw)
        if (!/^\d+$/.test(raw) || value < field.min || value > field.max) return refuse('invalid', field.name)
        data[field.name] = value
        break
      }
    }
  }
  if (links > MAX_LINKS) return refuse('links')
  // A talk on site needs a place to go to.
  if (kind === 'speaker-request' && data.setting === 'on-site' && !data.place)
    return refuse('invalid', 'place')
  return { ok: true, locale, data }
}
