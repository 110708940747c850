import { useCallback, useRef, useState } from 'react';
import { useDismiss } from '../components/ui/use-dismiss';
import { useT } from '../i18n/use-t';
import { usePresent } from './present-button';

/** The embed's overflow menu (⋯): Present. Closes on a choice, Esc or a click elsewhere (useDismiss, as every pop-over). */
export function EmbedMenu() {
  const { t } = useT();
  const present = usePresent();
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, list, button);
  return (
    <div className="embed-menu">
      <button ref={button} type="button" className="embed-menu-button" aria-haspopup="menu" aria-expanded={open} aria-label={t('app.embedMenu')} onClick={() => setOpen((v) => !v)}>
        ⋯
      </button>
      {open && (
        <div ref={list} className="embed-menu-list" role="menu">
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              present();
            }}
          >
            {t('app.present.button')}
          </button>
        </div>
      )}
    </div>
  );
}
