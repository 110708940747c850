export function NoticeBar({ notices, onDismiss }: { notices: string[]; onDismiss: (i: number) => void }) {
  if (!notices.length) return null;
  return (
    <ul className="notices" aria-label="Notices">
      {notices.map((n, i) => (
        <li key={n} className="notice" role="status">
          <span>{n}</span>
          <button type="button" className="icon-button" aria-label={`Dismiss notice: ${n}`} onClick={() => onDismiss(i)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
