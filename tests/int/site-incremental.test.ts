/**
 * Incremental site builds by a one-off `astro build` (astro.config.mjs: experimental.incrementalBuild;
 * the cache keys in site/lib/pageKeys.ts): Astro's own log says which pages it rendered and which
 * it copied from its cache ("(restored)"). The tests are in helpers/incrementalSuite.ts.
 */
import { incrementalBuildTests } from './helpers/incrementalSuite'

incrementalBuildTests({ renderer: false })
