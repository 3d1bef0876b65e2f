/**
 * The Content-Security-Policy of every page, as Astro's `security.csp` option. Astro adds the hash
 * of each script and style it inlines from site/ to `script-src` and `style-src` and writes the
 * policy into a `<meta http-equiv>` in the page's head, so the policy travels with the files to any
 * static host. The hashes come from our source, never from a built page: hashing what a page
 * holds would allow whatever script content had smuggled into it.
 *
 * - scripts: our own files and Astro's hashed inline ones; `'wasm-unsafe-eval'` lets Pagefind
 *   compile its WebAssembly search engine, and nothing else (no `eval`, no inline handlers).
 * - forms may post to this site and to the CMS (readers' forms post there, see ../cmsOrigin.ts).
 * - images may be `data:` (Pagefind's placeholders); nothing loads from another origin.
 */
export function contentSecurityPolicy(cmsOrigin: string) {
  return {
    directives: [
      "default-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      `form-action 'self' ${cmsOrigin}`,
    ],
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    styleDirective: { resources: ["'self'"] },
  }
}

/**
 * The policy sent as a header with every response of the site (scripts/lib/siteHeaders.ts): what a
 * `<meta>` policy cannot say (`frame-ancestors`), and what must hold for every file, not only for
 * pages. Browsers enforce both policies; scripts and styles are the meta's to allow.
 */
export function headerContentSecurityPolicy(cmsOrigin: string, https: boolean): string {
  return [
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${cmsOrigin}`,
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}
