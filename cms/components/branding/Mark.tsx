/**
 * The network's mark (the same as the site's favicon, public/favicon.svg): a rounded square in the
 * brand's blue with the O and A of Open Ambt.
 */
export function Mark({ size }: { size: number }) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width={size} height={size} aria-hidden="true">
      <rect width="32" height="32" rx="6" fill="#0b5a7a" />
      <path
        d="M9 22V10h5.5a4 4 0 0 1 0 8H13m6 4 4-12 4 12m-6.5-4h5"
        fill="none"
        stroke="#fff"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
