import { useEffect, useId, useRef, type ReactNode } from 'react';
import './user-data-dialogs.css';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** Where focus goes on closing (default: what had focus when the dialog opened). */
  returnFocusTo?: HTMLElement | null;
  /** A click outside the dialog (on the backdrop) closes it (default true; a form with edits passes false). */
  closeOnOutside?: boolean;
}

/**
 * A modal dialog: focus moves into it (its first field or button) and stays there (Tab and
 * Shift+Tab cycle), Esc or a click outside it closes it, and on closing focus returns to what had
 * it before. (A press that starts inside and ends outside, e.g. selecting text, does not close it.)
 */
export function ModalDialog({ title, onClose, children, className, returnFocusTo, closeOnOutside = true }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const boxClass = className ? `modal-dialog ${className}` : 'modal-dialog';
  const close = useRef(onClose);
  close.current = onClose;

  const returnTo = useRef(returnFocusTo);
  useEffect(() => {
    const opener = returnTo.current ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    box.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close.current();
      return;
    }
    if (e.key !== 'Tab' || !box.current) return;
    const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (!items.length) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const downOnBackdrop = useRef(false);
  return (
    <div
      className="modal-backdrop"
      onMouseDown={(e) => {
        downOnBackdrop.current = e.target === e.currentTarget;
        // Focus stays in the dialog (a press on the backdrop would move it to the page).
        if (downOnBackdrop.current) e.preventDefault();
      }}
      onClick={(e) => {
        if (closeOnOutside && downOnBackdrop.current && e.target === e.currentTarget) close.current();
        downOnBackdrop.current = false;
      }}
    >
      <div ref={box} className={boxClass} role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
