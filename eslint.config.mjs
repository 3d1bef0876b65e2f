// One flat ESLint config for the whole repository: TypeScript everywhere, and the site's .astro files.
import js from '@eslint/js'
import eslintPluginAstro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** One `no-restricted-imports` rule per folder, naming the top-level folders it may not import. */
function importsOneWay(rules) {
  return Object.entries(rules).map(([files, forbidden]) => ({
    files: [`${files}/*.{ts,tsx,mts,mjs,astro}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map((folder) => ({
            regex: `^(\\.\\./)+${folder}(/|$)`,
            message: `${files.replace('/**', '/')} may not import ${folder}/: imports run one way, model/ <- cms/, site/, scripts/ (see README, "What is here").`,
          })),
        },
      ],
    },
  }))
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.astro/',
      '.cache/',
      'cms/.next/',
      'cms/next-env.d.ts',
      'cms/payload-types.ts',
      'cms/migrations/',
      'cms/app/(payload)/admin/importMap.js',
      'data/',
      'dist/',
      'test-results/',
      'content/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // Imports run one way: model/ <- cms/, site/, scripts/. The CMS and the site never import each
  // other (the CMS reaches the site build as a process), and nothing imports tests/.
  ...importsOneWay({
    'model/**': ['cms', 'site', 'scripts', 'tests'],
    'cms/**': ['site', 'scripts', 'tests'],
    'site/**': ['cms', 'scripts', 'tests'],
    'scripts/**': ['tests'],
  }),
  {
    // Command-line entry points and tests talk to the terminal directly.
    files: ['scripts/**/*.ts', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
)
