import { useCallback } from 'react';
import { useT } from '../i18n/use-t';
import { useViewStore } from '../lib/view-store';
import { requestPageFullscreen } from './fullscreen';

/** Enters presenter mode: full screen from this click where the browser allows it, else the window. */
export function usePresent(): () => void {
  const setView = useViewStore((s) => s.setView);
  return useCallback(() => {
    requestPageFullscreen();
    setView({ present: true });
  }, [setView]);
}

/** **Present** (the toolbar's). */
export function PresentButton() {
  const { t } = useT();
  const present = usePresent();
  return (
    <button type="button" onClick={present} title={t('app.present.buttonTitle')}>
      {t('app.present.button')}
    </button>
  );
}
