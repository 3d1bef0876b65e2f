import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isEditorOrOwnDocument } from '../../access/isEditorOrOwnDocument'
import { isLoggedIn } from '../../access/isLoggedIn'
import { contentId } from '../../fields/contentId'
import { createdBy } from '../../fields/createdBy'
import { queueSiteBuildAfterDelete, queueSiteBuildWhenFieldsChange } from '../../hooks/queueSiteBuild'
import { keepUsedFilesUsable } from './hooks/keepUsedFilesUsable'
import { keepWhatPublishedDocumentsNeed } from '../../hooks/keepWhatPublishedDocumentsNeed'
import { setCreatedBy } from '../../hooks/setCreatedBy'
import { mediaDir } from '../../lib/paths'
import { ALLOWED_DOCUMENT_TYPES, ALLOWED_IMAGE_TYPES } from '../../lib/uploadLimits'
import { cleanIncomingFile } from './hooks/cleanIncomingFile'
import { finishUpload } from './hooks/finishUpload'
import { keepReplacedFiles } from './hooks/keepReplacedFiles'
import { noteFilesToWrite } from './hooks/noteFilesToWrite'
import { recordContentHash } from './hooks/recordContentHash'
import { refuseFetchFromAddress } from './hooks/refuseFetchFromAddress'
import { rejectOversizedUpload } from './hooks/rejectOversizedUpload'
import { undoRefusedUpload } from './hooks/undoRefusedUpload'
import { collectionLabels } from '../../lib/collectionLabels'

/**
 * Images for posts, chapters, speakers and covers, and PDF files readers download (an event's
 * slides). Alt text is required in every language, because the site must pass WCAG 2.1 AA and the
 * book must be accessible; for a PDF it is the title its download link shows.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: collectionLabels(
    { nl: 'Afbeelding of bestand', en: 'Image or file' },
    { nl: 'Afbeeldingen en bestanden', en: 'Images and files' },
  ),
  access: {
    read: anyone,
    create: isLoggedIn,
    update: isEditorOrOwnDocument,
    delete: isEditorOrOwnDocument,
  },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
  },
  hooks: {
    // Every file is checked and cleaned (name, metadata) before Payload looks at it or writes it.
    beforeOperation: [rejectOversizedUpload, refuseFetchFromAddress, cleanIncomingFile, keepReplacedFiles],
    beforeValidate: [noteFilesToWrite],
    beforeChange: [setCreatedBy, recordContentHash, keepUsedFilesUsable],
    // A new image is on the site only once a published document uses it; a changed one may be already.
    afterChange: [
      queueSiteBuildWhenFieldsChange(['alt', 'credit', 'caption', 'focalX', 'focalY', 'filename']),
    ],
    beforeDelete: [keepWhatPublishedDocumentsNeed],
    afterDelete: [queueSiteBuildAfterDelete],
    // A refused upload leaves no file behind, and an update that fails keeps the image it had.
    afterOperation: [finishUpload],
    afterError: [undoRefusedUpload],
  },
  upload: {
    staticDir: mediaDir,
    mimeTypes: [...ALLOWED_IMAGE_TYPES, ...ALLOWED_DOCUMENT_TYPES],
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'medium', width: 1024, formatOptions: { format: 'webp', options: { quality: 82 } } },
      { name: 'large', width: 2048, formatOptions: { format: 'webp', options: { quality: 82 } } },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { nl: 'Alternatieve tekst of titel', en: 'Alt text or title' },
      admin: {
        description:
          'Describe what the image shows for people who cannot see it; for a PDF, give its title as readers see it in the download link. Required in every language.',
      },
    },
    {
      name: 'caption',
      type: 'text',
      localized: true,
      label: { nl: 'Bijschrift', en: 'Caption' },
    },
    {
      name: 'credit',
      type: 'text',
      label: { nl: 'Maker en licentie', en: 'Credit and licence' },
      admin: { description: 'For example: "Foto: Sanne de Vries, CC BY 4.0".' },
    },
    contentId('filename'),
    {
      // Lets an import upload an original only when its bytes changed.
      name: 'contentHash',
      type: 'text',
      index: true,
      admin: { hidden: true },
    },
    createdBy,
  ],
}
