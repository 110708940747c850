import { useId } from 'react';

/**
 * "not saved", next to "Your events (N)" while the page holds changes that storage does not
 * have; hovering or focusing it shows why.
 */
export function UnsavedBadge({ why }: { why: string | null }) {
  const id = useId();
  return (
    <span className="unsaved-badge" tabIndex={0} aria-describedby={id}>
      not saved
      <span role="tooltip" id={id} className="unsaved-tip">
        Your events are kept in this page only and will be gone when you reload{why ? ` (${why})` : ''}. Use Export events to keep a copy.
      </span>
    </span>
  );
}
