import type { Payload } from 'payload'

/**
 * After a crash or restart: a delivery that was `sending` goes back in the queue (it is sent again
 * with the same Message-ID), and the job of an edition that was sending runs again.
 */
export async function recoverInterruptedSending(payload: Payload): Promise<void> {
  const interrupted = await payload.update({
    collection: 'deliveries',
    where: { status: { equals: 'sending' } },
    data: { status: 'queued' },
    overrideAccess: true,
  })
  const stuck = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'sendEdition' } }, { processing: { equals: true } }] },
    data: { processing: false },
    overrideAccess: true,
  })
  if (interrupted.docs.length || stuck.docs.length)
    payload.logger.info(
      `newsletter: a restart interrupted sending; ${interrupted.docs.length} delivery(ies) queued again, ${stuck.docs.length} job(s) resumed`,
    )
}
