import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CodeComponent as CodeComponent_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { codeConverterClient as codeConverterClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CodeBlockBlockComponent as CodeBlockBlockComponent_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParticipantsLinks as ParticipantsLinks_01d4a01ab4ea3b0ddaf775fa3f6d04c8 } from '../../../components/events/ParticipantsLinks'
import { RebuildSiteButton as RebuildSiteButton_48443f63bdfdcf00f5e182bcf46e36c9 } from '../../../components/RebuildSiteButton'
import { MakeDraftTipButton as MakeDraftTipButton_843f0c8a400d0ec933bf617b26d1fa93 } from '../../../components/inbox/MakeDraftTipButton'
import { EditionPreviewLinks as EditionPreviewLinks_85e5c040a686bdbfbbfca7e491c4efd2 } from '../../../components/newsletter/EditionPreviewLinks'
import { EditionSending as EditionSending_56eb8c675cc0412463922ac523a78955 } from '../../../components/newsletter/EditionSending'
import { SiteBuildBanner as SiteBuildBanner_715b25eedb96b3cd67272fc295fb1d8a } from '../../../components/SiteBuildBanner'
import { Icon as Icon_60be061a35ba65b3ac8380ea7d755990 } from '../../../components/branding/Icon'
import { Logo as Logo_b1bbc7110cb2a1b52a7180329d8cc3a9 } from '../../../components/branding/Logo'
import { InboxNavLink as InboxNavLink_0eeb7b33de5a82150ae04dcbd0df23d1 } from '../../../components/inbox/InboxNavLink'
import { OutboxNavLink as OutboxNavLink_80abfa3cc8d11c79b3e494abe4be517f } from '../../../components/outbox/OutboxNavLink'
import { OutboxView as OutboxView_cbf8a4afc467cefc7cef9000aa39bb5d } from '../../../components/outbox/OutboxView'
import { PersonalDataView as PersonalDataView_240aeef4de06e6a6727d2709e49af58d } from '../../../components/inbox/PersonalDataView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#CodeComponent": CodeComponent_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#codeConverterClient": codeConverterClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#CodeBlockBlockComponent": CodeBlockBlockComponent_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/events/ParticipantsLinks#ParticipantsLinks": ParticipantsLinks_01d4a01ab4ea3b0ddaf775fa3f6d04c8,
  "/components/RebuildSiteButton#RebuildSiteButton": RebuildSiteButton_48443f63bdfdcf00f5e182bcf46e36c9,
  "/components/inbox/MakeDraftTipButton#MakeDraftTipButton": MakeDraftTipButton_843f0c8a400d0ec933bf617b26d1fa93,
  "/components/newsletter/EditionPreviewLinks#EditionPreviewLinks": EditionPreviewLinks_85e5c040a686bdbfbbfca7e491c4efd2,
  "/components/newsletter/EditionSending#EditionSending": EditionSending_56eb8c675cc0412463922ac523a78955,
  "/components/SiteBuildBanner#SiteBuildBanner": SiteBuildBanner_715b25eedb96b3cd67272fc295fb1d8a,
  "/components/branding/Icon#Icon": Icon_60be061a35ba65b3ac8380ea7d755990,
  "/components/branding/Logo#Logo": Logo_b1bbc7110cb2a1b52a7180329d8cc3a9,
  "/components/inbox/InboxNavLink#InboxNavLink": InboxNavLink_0eeb7b33de5a82150ae04dcbd0df23d1,
  "/components/outbox/OutboxNavLink#OutboxNavLink": OutboxNavLink_80abfa3cc8d11c79b3e494abe4be517f,
  "/components/outbox/OutboxView#OutboxView": OutboxView_cbf8a4afc467cefc7cef9000aa39bb5d,
  "/components/inbox/PersonalDataView#PersonalDataView": PersonalDataView_240aeef4de06e6a6727d2709e49af58d,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
