import { useEffect, useRef } from 'react';
import { msgKey } from '../i18n/message';
import { useViewStore } from '../lib/view-store';
import { useUserEventsStore } from '../features/user-data/store/user-events-store';

/**
 * Moves the user-events store's notices (damaged, recovered or newer stored data, full
 * storage) to the notice bar, and releases the hold on recovered data once the user has
 * dismissed the notice that announced it.
 */
export function useUserEventsNotices(): void {
  const addNotices = useViewStore((s) => s.addNotices);
  const userNotices = useUserEventsStore((s) => s.notices);
  useEffect(() => {
    if (userNotices.length) addNotices(useUserEventsStore.getState().takeNotices());
  }, [userNotices, addNotices]);
  const hold = useUserEventsStore((s) => s.holdNotice);
  // The hold notice is a message: the bar keeps one per key, so it is found by its key.
  const shown = useViewStore((s) => hold !== null && s.notices.some((n) => typeof n !== 'string' && msgKey(n) === msgKey(hold)));
  const wasShown = useRef(false);
  useEffect(() => {
    if (hold === null) wasShown.current = false;
    else if (shown) wasShown.current = true;
    else if (wasShown.current) {
      wasShown.current = false;
      useUserEventsStore.getState().releaseHold();
    }
  }, [shown, hold]);
}
