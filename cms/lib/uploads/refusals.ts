import { APIError } from 'payload'

import { maxAnimationPixels, maxImagePixels } from '../uploadLimits'
import { ACCEPTED_FORMATS, IMAGE_FORMATS, type RasterFormat } from './imageFormats'

/**
 * Why an upload was refused, in words an editor can act on: each message names the file (as the
 * editor called it, without invisible characters) and says what is wrong and what to do.
 */
export const refusals = {
  empty: (name: string) => `"${name}" is empty (0 bytes). Choose the image again and upload it once more.`,

  notAnImage: (name: string, description: string | undefined) =>
    `"${name}" is ${description ? `${description}, not an image` : `not an image: its content is not ${ACCEPTED_FORMATS}, whatever its name says`}. ` +
    `Upload a ${ACCEPTED_FORMATS} image, or slides as a PDF.`,

  presentation: (name: string, format: string) =>
    `"${name}" is ${format}. Slides are offered as PDF, which every reader can open: save or export them as PDF and upload that.`,

  unusablePdf: (name: string, why: string) =>
    `"${name}" is a PDF that readers cannot use: it is ${why}. Save it again as PDF without a password and upload the new file.`,

  otherFormat: (name: string, label: string) =>
    `"${name}" is a ${label} image, which websites and e-books cannot show. Save it as JPEG or PNG and upload it again.`,

  damaged: (name: string, format: RasterFormat) =>
    `"${name}" is damaged or not a complete image: it could not be read as a ${IMAGE_FORMATS[format].label} file. ` +
    'Open it in an image editor, save it again and upload the new file.',

  tooManyPixels: (name: string, width: number, height: number) =>
    `"${name}" is ${width} × ${height} pixels (${megapixels(width * height)} megapixels); images may have at most ` +
    `${megapixels(maxImagePixels)} megapixels. Make it smaller (for example 2400 pixels wide) and upload it again.`,

  animationTooLarge: (name: string, width: number, height: number, frames: number) =>
    `"${name}" has ${frames} frames of ${width} × ${height} pixels (${megapixels(width * height * frames)} megapixels ` +
    `in all); an animation may have at most ${megapixels(maxAnimationPixels)}. Make it smaller or shorter and upload it again.`,

  fromAddress: (url: string) =>
    `Images are not fetched from a web address (${url.slice(0, 200)}). Download the image and upload the file itself.`,
}

const megapixels = (pixels: number) => String(Math.round(pixels / 100_000) / 10)

/** A 400 whose message reaches the editor (REST, admin, and the error of a Local API call). */
export const refuse = (message: string): APIError => new APIError(message, 400, null, true)
