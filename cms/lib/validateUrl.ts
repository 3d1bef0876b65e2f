import type { TextFieldSingleValidation } from 'payload'

import { checkSiteLink, checkWebAddress } from '../../model/addresses'

/** A full http(s) address (profiles, social links), by the content contract's rule. */
export const validateUrl: TextFieldSingleValidation = (value) => checkWebAddress(value ?? '')

/** A menu or footer link: a path on this site or a full web address. */
export const validateSiteLink: TextFieldSingleValidation = (value) => checkSiteLink(value ?? '')
