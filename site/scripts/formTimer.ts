/**
 * On pages with a reader's form: tells the CMS how long the page was open when the form was sent
 * (model/forms.ts, ELAPSED_FIELD), so that forms sent faster than a person can type are refused.
 * Forms work without it; the CMS then relies on its other checks.
 */
const opened = performance.now()
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-reader-form]')) {
  form.addEventListener('submit', () => {
    const elapsed = form.elements.namedItem('elapsed')
    if (elapsed instanceof HTMLInputElement) elapsed.value = String(Math.round(performance.now() - opened))
  })
}
