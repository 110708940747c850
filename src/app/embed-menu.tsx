import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { usePresent } from './present-button';

export /** The embed's overflow menu (⋯): Present. Closes on a choice, Esc or a click elsewhere. */
function EmbedMenu() {
  const { t } = useT();
  const present = usePresent();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const onDown = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="embed-menu" ref={box}>
      <button type="button" className="embed-menu-button" aria-haspopup="menu" aria-expanded={open} aria-label={t('app.embedMenu')} onClick={() => setOpen((v) => !v)}>
        ⋯
      </button>
      {open && (
        <div className="embed-menu-list" role="menu">
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
