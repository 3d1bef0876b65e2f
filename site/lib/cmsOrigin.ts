/**
 * Where the CMS that receives the readers' forms lives, as the site is built: CMS_URL, or on a local
 * installation the CMS that `npm start` runs on CMS_PORT. The forms post there and the pages'
 * Content-Security-Policy allows it as a form target.
 */
export function cmsOrigin(env: Record<string, string | undefined> = process.env): string {
  if (env.CMS_URL) return new URL(env.CMS_URL).origin
  return `http://localhost:${env.CMS_PORT || '3000'}`
}
