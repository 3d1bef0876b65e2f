import type { Endpoint } from 'payload'

import { canPublish } from '../../../lib/roles'
import { relationId } from '../../../lib/relationId'

const credits = {
  nl: (who: string) => `Met dank aan ${who}, die deze tip instuurde.`,
  en: (who: string) => `With thanks to ${who}, who sent in this tip.`,
}

/** Lexical paragraphs from plain text: a blank line starts a new paragraph, a single newline breaks the line. */
function paragraphsOf(text: string) {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => ({
      type: 'paragraph',
      version: 1,
      children: block
        .split('\n')
        .flatMap((line, i) => [
          ...(i > 0 ? [{ type: 'linebreak', version: 1 }] : []),
          { type: 'text', version: 1, text: line.trim() },
        ]),
    }))
}

/**
 * POST /api/submissions/:id/draft-tip: an editor turns a submitted tip into a draft tip (title,
 * text, category and topics carried over, the sender credited at the end if they agreed), in the
 * language it was sent in. The submission becomes "accepted", which mails the sender. Asking twice
 * gives the same draft.
 */
export const makeDraftTip: Endpoint = {
  path: '/:id/draft-tip',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Log in to accept a tip.' }, { status: 401 })
    if (!canPublish(req.user))
      return Response.json({ error: 'Only editors and admins can accept tips.' }, { status: 403 })
    const id = String(req.routeParams?.id ?? '')
    const submission = await req.payload
      .findByID({ collection: 'submissions', id, depth: 0, overrideAccess: true, req })
      .catch(() => undefined)
    if (!submission) return Response.json({ error: `There is no submission ${id}.` }, { status: 404 })
    if (submission.kind !== 'tip')
      return Response.json(
        { error: `Submission ${id} is not a tip but a ${submission.kind}.` },
        { status: 400 },
      )
    if (submission.tip) return Response.json({ tip: { id: submission.tip } }, { status: 200 })
    if (!submission.title || !submission.body || !submission.category)
      return Response.json(
        {
          error: `Submission ${id} no longer has a title, text and category (its personal data may have been erased).`,
        },
        { status: 409 },
      )

    const locale = submission.language === 'en' ? 'en' : 'nl'
    const who = [submission.name, submission.organisation && `(${submission.organisation})`]
      .filter(Boolean)
      .join(' ')
    const text =
      submission.credit && submission.name ? `${submission.body}\n\n${credits[locale](who)}` : submission.body
    const tip = await req.payload.create({
      collection: 'tips',
      locale,
      draft: true,
      data: {
        _status: 'draft',
        title: submission.title,
        category: submission.category,
        topics: (submission.topics ?? []).map((topic) => relationId(topic)!),
        body: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: paragraphsOf(text),
          },
        },
      },
      overrideAccess: true,
      req,
    })
    await req.payload.update({
      collection: 'submissions',
      id: submission.id,
      data: { status: 'accepted', tip: tip.id },
      overrideAccess: true,
      req,
    })
    return Response.json({ tip: { id: tip.id } }, { status: 201 })
  },
}
