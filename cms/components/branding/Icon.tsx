import { Mark } from './Mark'

/** In the admin's navigation and header, instead of Payload's icon. */
export function Icon() {
  return (
    <span className="open-ambt-icon" title="Open Ambt">
      <Mark size={24} />
    </span>
  )
}
