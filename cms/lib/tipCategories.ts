/** The fixed categories of the tips service; the site lists tips per category in this order. */
export const TIP_CATEGORIES = [
  { value: 'social-media', label: { nl: 'Sociale media', en: 'Social media' } },
  { value: 'writing', label: { nl: 'Schrijven voor het web', en: 'Writing for the web' } },
  { value: 'collaboration', label: { nl: 'Samenwerken', en: 'Collaboration' } },
  { value: 'open-data', label: { nl: 'Open data', en: 'Open data' } },
  { value: 'privacy-security', label: { nl: 'Privacy en veiligheid', en: 'Privacy and security' } },
  { value: 'participation', label: { nl: 'Participatie', en: 'Participation' } },
  { value: 'tools', label: { nl: 'Handige tools', en: 'Useful tools' } },
]
