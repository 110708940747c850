interface NoticeProps {
  notices: string[];
  onDismiss: (i: number) => void;
}

/**
 * The page's notices: one polite live region (role status) holding a list of them, each
 * dismissible. (A list item cannot itself be a status: the list keeps its items.)
 */
export function NoticeBar({ notices, onDismiss }: NoticeProps) {
  if (!notices.length) return null;
  return (
    <div className="notices" role="status">
      <ul className="notice-list" aria-label="Notices">
        {notices.map((n, i) => (
          <li key={n} className="notice">
            <span>{n}</span>
            <button type="button" className="icon-button" aria-label={`Dismiss notice: ${n}`} onClick={() => onDismiss(i)}>
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
  if (!notices.length) return null;
  const last = notices.length - 1;
  const shown = notices[last];
  return (
    <div className="notice-line" role="status" title={notices.join('\n')}>
      <span className="notice-line-text">{shown}</span>
      {last > 0 && <span className="notice-line-more">+{last} more</span>}
      <button type="button" className="icon-button" aria-label={`Dismiss notice: ${shown}`} onClick={() => onDismiss(last)}>
        ×
      </button>
    </div>
  );
}
