/**
 * Puppeteer comes in only for DAISY Ace, the EPUB accessibility check in the tests, which drives the
 * system's Chromium (tests/int/helpers/ace.ts). It must not download a browser of its own at install:
 * these machines reach no download site, and one Chromium is enough.
 */
module.exports = { skipDownload: true }
