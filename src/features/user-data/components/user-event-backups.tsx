import { useMemo, useState } from 'react';
import { downloadBlob } from '../../../components/ui/download';
import { backupFileName, listBackups, type Backup } from '../model/user-events-backups';
import { readUserEvents } from '../model/user-events-storage';
import { restoreBackup } from '../store/restore-backup';
import { storage } from '../store/user-events-persistence';

interface Row extends Backup {
  /** Events in it that can be read (a damaged backup is read as far as it goes). */
  count: number;
}

function readBackups(): Row[] {
  try {
    const s = storage();
    return s ? listBackups(s).map((b) => ({ ...b, count: readUserEvents(b.text).events.length })) : [];
  } catch {
    return [];
  }
}

/** "2026-12-02 07:26 UTC", or "older backup" for the single key of earlier versions. */
function when(b: Backup): string {
  return b.savedAt ? `${b.savedAt.slice(0, 10)} ${b.savedAt.slice(11, 16)} UTC` : 'older backup';
}

/** "the backup from 2026-12-02 07:26 UTC", or "the older backup". */
function named(b: Backup): string {
  return b.savedAt ? `the backup from ${when(b)}` : 'the older backup';
}

function size(text: string): string {
  return text.length < 1024 ? `${text.length} B` : `${Math.round(text.length / 1024)} KB`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The backups kept in this browser, each with Download and Restore (asks first). */
export function UserEventBackups({ keys, current }: { keys: readonly string[]; current: number }) {
  // Read when the list of keys changes (a backup taken, dropped or restored).
  const rows = useMemo(() => (keys.length ? readBackups() : []), [keys]);
  const [status, setStatus] = useState('');
  if (!rows.length) return null;
  const restore = (b: Row) => {
    const ok = window.confirm(
      `Replace your ${plural(current, 'current event')} with the ${plural(b.count, 'event')} of ${named(b)}? ` +
        'Your current events are kept as a backup first.',
    );
    if (!ok) return;
    const res = restoreBackup(b.key);
    if (!res.ok) setStatus(res.message);
    else {
      const head = `Restored ${plural(res.restored, 'event')} from ${named(b)}; your previous events are kept as a backup.`;
      setStatus(res.notSaved ? `${head} Not saved — they will be gone when you reload (${res.notSaved}).` : head);
    }
  };
  return (
    <section className="user-event-backups" aria-label="Backups">
      <h3 className="small">Backups in this browser</h3>
      <ul className="user-events-list">
        {rows.map((b) => (
          <li key={b.key}>
            <span className="event-item-date">{when(b)}</span>
            <span className="backup-what">
              {plural(b.count, 'event')}, {size(b.text)}
            </span>
            <button type="button" aria-label={`Download ${named(b)}`} onClick={() => downloadBlob(b.text, backupFileName(b.key), 'application/json')}>
              Download
            </button>
            <button type="button" aria-label={`Restore ${named(b)}`} disabled={!b.count} onClick={() => restore(b)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
      {status && (
        <p className="small" role="status">
          {status}
        </p>
      )}
    </section>
  );
}
