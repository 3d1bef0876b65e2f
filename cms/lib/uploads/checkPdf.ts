/**
 * Slides arrive as PDF. Payload stores them as they are (no sizes, no preview), so the checks that
 * matter happen here: the bytes are a PDF, all of it arrived, and every reader can open it.
 */
export const looksLikePdf = (bytes: Buffer): boolean => bytes.subarray(0, 5).toString('latin1') === '%PDF-'

/** Why a file that starts like a PDF cannot be offered for download, or undefined when it can. */
export function whyPdfCannotBeOffered(bytes: Buffer): string | undefined {
  // A PDF ends with "%%EOF" (and perhaps a line break); a cut-off upload or download does not.
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1')
  if (!/%%EOF\s*$/.test(tail)) return 'incomplete: its end is missing'
  // The trailer names an /Encrypt dictionary when the file needs a password or limits printing.
  if (/\/Encrypt\s/.test(bytes.toString('latin1'))) return 'protected with a password or restrictions'
  return undefined
}

/** ODF and Office files are ZIP archives whose entries name the kind of document. */
export function presentationFormat(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') return undefined
  const head = bytes.subarray(0, 64 * 1024).toString('latin1')
  if (head.includes('application/vnd.oasis.opendocument.presentation')) return 'an OpenDocument presentation'
  if (/ppt\/(presentation|slides\/)/.test(bytes.toString('latin1'))) return 'a PowerPoint presentation'
  return undefined
}
