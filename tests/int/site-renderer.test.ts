/**
 * Incremental site builds by the renderer that stays running (SITE_WARM_RENDERER=1,
 * scripts/site-renderer.ts): the same tests as the one-off `astro build` (helpers/incrementalSuite.ts),
 * each rebuild compared byte for byte with a full `astro build`.
 */
import { incrementalBuildTests } from './helpers/incrementalSuite'

incrementalBuildTests({ renderer: true })
