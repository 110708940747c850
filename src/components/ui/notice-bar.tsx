import { useCallback, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useDismiss } from './use-dismiss';
import './notice-bar.css';
import { useNoticeFade } from './use-notice-fade';
import { msgKey, type Msg } from '../../i18n/message';
import { noticeText } from '../../lib/notice-text';

interface NoticeProps {
  notices: readonly (Msg | string)[];
  onDismiss: (i: number) => void;
  /** Keys (store `noticeKey`) of the notices that are info: they fade after INFO_NOTICE_MS. */
  infoKeys?: readonly string[];
}

const keyOf = (n: Msg | string) => (typeof n === 'string' ? n : msgKey(n));

/** The notices in words: whitespace runs made single spaces, each at most MAX_NOTICE_CHARS long. */
function useNoticeTexts(notices: NoticeProps['notices']): { key: string; text: string }[] {
  const { tm } = useT();
  return notices.map((n) => ({ key: keyOf(n), text: noticeText(tm(n)) }));
}

/** Info notices fade (paused while `paused`); `dismissKey` finds a notice's current index. */
function useFade({ notices, onDismiss, infoKeys }: NoticeProps, paused: boolean) {
  const keys = notices.map(keyOf);
  const latest = useRef(keys);
  latest.current = keys;
  useNoticeFade(keys, infoKeys, (k) => {
    const i = latest.current.indexOf(k);
    if (i >= 0) onDismiss(i);
  }, paused);
}

const levelClass = (info: boolean) => (info ? 'notice notice-info' : 'notice');

/**
 * The page's notice area: one line of fixed height (it is there, empty, with no notice, so nothing
 * below it moves when one comes). It shows the latest notice and "+N more", which opens the full
 * list over the page (Esc or a click outside closes it). Every notice is in one polite live
 * region (role status) as a list, latest first; each is dismissible. Info notices fade after
 * INFO_NOTICE_MS (not while the pointer or focus is in the area); errors stay until dismissed.
 */
export function NoticeBar(props: NoticeProps) {
  const { notices, onDismiss, infoKeys } = props;
  const { t } = useT();
  const items = useNoticeTexts(notices);
  const [open, setOpen] = useState(false);
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const area = useRef<HTMLDivElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  const listId = useId();
  useFade(props, open || hover || focus);
  const expanded = open && items.length > 1;
  const close = useCallback(() => setOpen(false), []);
  useDismiss(expanded, close, area, more);
  const info = new Set(infoKeys ?? []);
  const latestFirst = items.map((n, i) => ({ ...n, i })).reverse();
  return (
    <div
      ref={area}
      className="notices"
      role="status"
      data-expanded={expanded || undefined}
      data-count={items.length}
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => setHover(false)}
      onFocus={() => setFocus(true)}
      onBlur={(e) => setFocus(area.current?.contains(e.relatedTarget as Node | null) ?? false)}
    >
      {items.length > 0 && (
        <ul className="notice-list" id={listId} aria-label={t('notice.list')}>
          {latestFirst.map((n) => (
            <li key={n.key} className={levelClass(info.has(n.key))} title={n.text}>
              <span className="notice-text">{n.text}</span>
              <button type="button" className="icon-button" aria-label={t('notice.dismiss', { text: n.text })} onClick={() => onDismiss(n.i)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {items.length > 1 && (
        <button ref={more} type="button" className="notice-more" aria-expanded={expanded} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
          {t('notice.more', { n: items.length - 1 })}
        </button>
      )}
    </div>
  );
}

/** Height of the NoticeLine in CSS pixels (styles.css `.notice-line`), for layouts that share the height. */
export const NOTICE_LINE_PX = 22;

/**
 * One line for a small frame (the embed): the latest notice, cut to the line with "…", then
 * "+N more"; × dismisses the one shown (the next latest takes its place). All of them are in
 * the line's tooltip.
 */
export function NoticeLine(props: NoticeProps) {
  const { notices, onDismiss } = props;
  const { t } = useT();
  const items = useNoticeTexts(notices);
  useFade(props, false);
  if (!items.length) return null;
  const last = items.length - 1;
  const shown = items[last].text;
  return (
    <div className="notice-line" role="status" title={items.map((n) => n.text).join('\n')}>
      <span className="notice-line-text">{shown}</span>
      {last > 0 && <span className="notice-line-more">{t('notice.more', { n: last })}</span>}
      <button type="button" className="icon-button" aria-label={t('notice.dismiss', { text: shown })} onClick={() => onDismiss(last)}>
        ×
      </button>
    </div>
  );
}
