/**
 * What a WordPress import did and what needs a person's eye, as a Markdown file beside content/
 * (or where --report says): what was left out and why, with the post and the line of its content.
 */
export type ImportReport = {
  exportFile: string
  imported: {
    posts: number
    pages: number
    authors: number
    topics: number
    media: number
    redirects: number
  }
  notPublished: { id: string; type: string; status: string; title: string }[]
  otherTypes: Map<string, number>
  comments: number
  mergedTopics: string[]
  renamedSlugs: string[]
  notConverted: string[]
  missingMedia: string[]
  altText: string[]
  customFields: string[]
  leftInPlace: string[]
}

export const emptyReport = (exportFile: string): ImportReport => ({
  exportFile,
  imported: { posts: 0, pages: 0, authors: 0, topics: 0, media: 0, redirects: 0 },
  notPublished: [],
  otherTypes: new Map(),
  comments: 0,
  mergedTopics: [],
  renamedSlugs: [],
  notConverted: [],
  missingMedia: [],
  altText: [],
  customFields: [],
  leftInPlace: [],
})

/** How many findings a person should look at. */
export const warningCount = (report: ImportReport) =>
  report.notConverted.length +
  report.missingMedia.length +
  report.altText.length +
  report.renamedSlugs.length +
  report.customFields.length +
  report.leftInPlace.length

/** One line for the end of the command's output. */
export function summaryLine(report: ImportReport): string {
  const { posts, pages, authors, topics, media, redirects } = report.imported
  return (
    `imported ${posts} posts, ${pages} pages, ${authors} authors, ${topics} topics, ${media} images, ${redirects} old addresses; ` +
    `skipped ${report.notPublished.length} not published, ${report.comments} comments; ${warningCount(report)} warnings`
  )
}

export function renderReport(report: ImportReport, written: string[]): string {
  const section = (title: string, lines: string[], why: string) =>
    lines.length
      ? [`## ${title} (${lines.length})`, '', why, '', ...lines.map((line) => `- ${line}`), '']
      : []
  const otherTypes = [...report.otherTypes]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, count]) => `${type}: ${count}`)
  return [
    '# WordPress import report',
    '',
    `Export: ${report.exportFile}`,
    '',
    summaryLine(report),
    '',
    `Files written or changed in this run: ${written.length}.`,
    '',
    ...section(
      'Not published, not imported',
      report.notPublished.map((item) => `${item.type} "${item.title}" (WP ${item.id}): ${item.status}`),
      'Drafts, pending, private, scheduled and trashed items are not on the site; publish them in WordPress and export again, or write them in the CMS.',
    ),
    ...section(
      'Other kinds of item, not imported',
      otherTypes,
      'Menus, reusable blocks, revisions and custom post types have no place in content/.',
    ),
    ...section(
      'Content not converted',
      report.notConverted,
      "Left out of the body (or kept as noted); the line is the line in the item's content in the export.",
    ),
    ...section(
      'Images missing from the uploads folder',
      report.missingMedia,
      'Posts were imported without them.',
    ),
    ...section(
      'Images that need alt text',
      report.altText,
      'WordPress had no alt text for these; the title or file name stands in. Describe them in the CMS (Media).',
    ),
    ...section(
      'Topics merged',
      report.mergedTopics,
      'Categories and tags with the same name (case and accents aside) became one topic.',
    ),
    ...section(
      'Slugs changed',
      report.renamedSlugs,
      "The slug was in use already (or is one of the site's own sections); the old address still redirects.",
    ),
    ...section('Custom fields not imported', report.customFields, 'Our content model has no place for them.'),
    ...section(
      'Imported earlier, not in this export as published',
      report.leftInPlace,
      'Left in place: delete them in the CMS if they should go.',
    ),
    report.comments
      ? `Comments: ${report.comments} in the export, not imported (the site has no comments).\n`
      : '',
  ].join('\n')
}
