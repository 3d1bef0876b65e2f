import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = { '@payload-config': path.resolve(import.meta.dirname, 'cms/payload.config.ts') }

export default defineConfig({
  resolve: { alias },
  test: {
    // Both cores: Vitest's default leaves one free, which on this 2-core machine ran one test file
    // at a time, and the site builds of the integration tests wait on the disk part of the time.
    // Each integration file has its own run folder and caches (tests/int/setup/environment.ts).
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Some unit tests run a real command on real files (the WordPress import, generated
          // content); on a busy shared machine that passed Vitest's default of 5 s. A timeout here
          // only stops a hung test; speed is measured by the benchmarks.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          environment: 'node',
          // Every test file gets its own process, its own Payload and a fresh database.
          pool: 'forks',
          isolate: true,
          setupFiles: ['tests/int/setup/environment.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
