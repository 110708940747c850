import { useMemo, useState } from 'react';
import type { T } from '../../../i18n/use-t';
import { useT } from '../../../i18n/use-t';
import type { Lang } from '../../../i18n/lang';
import { isoDateText } from './date-words';
import { backupFileName, listBackups, type Backup } from '../model/user-events-backups';
import { readPointer } from '../model/user-events-pointer';
import { readUserEvents } from '../model/user-events-storage';
import { restoreBackup, restoreBackupAsync, type RestoreOutcome } from '../store/restore-backup';
import { storage } from '../store/user-events-persistence';
import { downloadStoredText } from './download-stored';

interface Row extends Backup {
  /** Events in it that can be read (a damaged backup is read as far as it goes; a pointer says how many its set holds). */
  count: number;
  /** Characters of its events' text (of the set in IndexedDB for a pointer). */
  chars: number;
  /** It points to a large set kept in IndexedDB. */
  pointer: boolean;
}

function row(b: Backup): Row {
  const p = readPointer(b.text);
  return p ? { ...b, count: p.count, chars: p.chars, pointer: true } : { ...b, count: readUserEvents(b.text).events.length, chars: b.text.length, pointer: false };
}

function readBackups(): Row[] {
  try {
    const s = storage();
    return s ? listBackups(s).map(row) : [];
  } catch {
    return [];
  }
}

/** "2026-12-02 07:26 UTC" (2026.12.02 07:26 UTC), or "older backup" for the single key of earlier versions. */
function when(t: T, lang: Lang, b: Backup): string {
  return b.savedAt ? t('user-data.backups.when', { date: isoDateText(b.savedAt, lang), time: b.savedAt.slice(11, 16) }) : t('user-data.backups.older');
}

/** "the backup from 2026-12-02 07:26 UTC", or "the older backup". */
function named(t: T, lang: Lang, b: Backup): string {
  return b.savedAt ? t('user-data.backups.named', { when: when(t, lang, b) }) : t('user-data.backups.namedOlder');
}

function size(chars: number): string {
  return chars < 1024 ? `${chars} B` : `${Math.round(chars / 1024)} KB`;
}

/** The backups kept in this browser, each with Download and Restore (asks first). */
export function UserEventBackups({ keys, current }: { keys: readonly string[]; current: number }) {
  // Read when the list of keys changes (a backup taken, dropped or restored).
  const { t, tm, lang } = useT();
  const rows = useMemo(() => (keys.length ? readBackups() : []), [keys]);
  const [status, setStatus] = useState('');
  if (!rows.length) return null;
  const restore = (b: Row) => {
    const ok = window.confirm(t('user-data.backups.confirm', { current, n: b.count, backup: named(t, lang, b) }));
    if (!ok) return;
    const done = (res: RestoreOutcome) => {
      if (!res.ok) setStatus(tm(res.message));
      else {
        const head = t('user-data.backups.restored', { n: res.restored, backup: named(t, lang, b) });
        setStatus(res.notSaved ? `${head} ${t('user-data.backups.notSaved', { why: tm(res.notSaved) })}` : head);
      }
    };
    // A backup that points to a large set in IndexedDB is read from there first.
    if (b.pointer) void restoreBackupAsync(b.key).then(done);
    else done(restoreBackup(b.key));
  };
  return (
    <section className="user-event-backups" aria-label={t('user-data.backups.label')}>
      <h3 className="small">{t('user-data.backups.heading')}</h3>
      <ul className="user-events-list">
        {rows.map((b) => (
          <li key={b.key}>
            <span className="event-item-date">{when(t, lang, b)}</span>
            <span className="backup-what">
              {t('user-data.backups.what', { n: b.count, size: size(b.chars) })}
            </span>
            <button type="button" aria-label={t('user-data.backups.downloadLabel', { backup: named(t, lang, b) })} onClick={() => downloadStoredText(b.text, backupFileName(b.key))}>
              {t('user-data.backups.download')}
            </button>
            <button type="button" aria-label={t('user-data.backups.restoreLabel', { backup: named(t, lang, b) })} disabled={!b.count} onClick={() => restore(b)}>
              {t('user-data.backups.restore')}
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
