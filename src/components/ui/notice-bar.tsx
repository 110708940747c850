import { useT } from '../../i18n/use-t';
import { msgKey, type Msg } from '../../i18n/message';
import { noticeText } from '../../lib/notice-text';

interface NoticeProps {
  notices: readonly (Msg | string)[];
  onDismiss: (i: number) => void;
}

/** The notices in words: whitespace runs made single spaces, each at most MAX_NOTICE_CHARS long. */
function useNoticeTexts(notices: NoticeProps['notices']): { key: string; text: string }[] {
  const { tm } = useT();
  return notices.map((n) => ({ key: typeof n === 'string' ? n : msgKey(n), text: noticeText(tm(n)) }));
}

/**
 * The page's notices: one polite live region (role status) holding a list of them, each
 * dismissible. (A list item cannot itself be a status: the list keeps its items.)
 */
export function NoticeBar({ notices, onDismiss }: NoticeProps) {
  const { t } = useT();
  const items = useNoticeTexts(notices);
  if (!items.length) return null;
  return (
    <div className="notices" role="status">
      <ul className="notice-list" aria-label={t('notice.list')}>
        {items.map((n, i) => (
          <li key={n.key} className="notice">
            <span>{n.text}</span>
            <button type="button" className="icon-button" aria-label={t('notice.dismiss', { text: n.text })} onClick={() => onDismiss(i)}>
              ×
            </button>
          </li>
        ))}
      </ul>
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
export function NoticeLine({ notices, onDismiss }: NoticeProps) {
  const { t } = useT();
  const items = useNoticeTexts(notices);
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
