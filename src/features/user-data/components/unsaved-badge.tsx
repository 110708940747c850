import { useId } from 'react';
import { useT } from '../../../i18n/use-t';
import type { Msg } from '../../../i18n/message';

/**
 * "not saved", next to "Your events (N)" while the page holds changes that storage does not
 * have; hovering or focusing it shows why.
 */
export function UnsavedBadge({ why }: { why: Msg | string | null }) {
  const { t, tm } = useT();
  const id = useId();
  return (
    <span className="unsaved-badge" tabIndex={0} aria-describedby={id}>
      {t('user-data.unsaved.badge')}
      <span role="tooltip" id={id} className="unsaved-tip">
        {why ? t('user-data.unsaved.tipWhy', { why: tm(why) }) : t('user-data.unsaved.tip')}
      </span>
    </span>
  );
}
