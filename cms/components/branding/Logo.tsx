import { Mark } from './Mark'

/** On the login and account pages, instead of Payload's logo: the network's mark and name. */
export function Logo() {
  return (
    <span className="open-ambt-logo">
      <Mark size={48} />
      <span className="open-ambt-logo__name">Open Ambt</span>
    </span>
  )
}
