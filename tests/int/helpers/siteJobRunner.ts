/**
 * A CMS process that runs the jobs queue and nothing else, like the web server does: the site
 * publishing and newsletter sending tests start it, kill it in the middle of a build or a send,
 * and start it again.
 */
import { getPayload } from 'payload'

import config from '../../../cms/payload.config'

const payload = await getPayload({ config, cron: true })
payload.logger.info('site job runner: running jobs')
