/**
 * Messages of the series import control and the "Your series" list: notices, progress, why a
 * write failed, and the facts of a stored series. Views put them into words with `tm()`; the
 * notice bar translates the notices as it shows them.
 */
import { msg, type Msg } from '../../../i18n/message';
import { formatCount } from '../../../lib/number-format';
import type { UserSeriesErrorCode, UserSeriesLoadReport } from '../store/user-series-store';
import { seriesFileIssueText } from '../model/series-csv-messages';
import type { StoredSeriesMeta } from '../model/series-meta';

/** A count as the English UI writes it (`1,234`). */

const rows = (n: number): Msg => msg('user-data.yourSeries.rows', { n, count: formatCount(n) });

const REASON: Record<UserSeriesErrorCode, string> = {
  'db.quota': 'user-data.seriesStorage.quota',
  'db.unavailable': 'user-data.seriesStorage.unavailable',
  'db.newer-version': 'user-data.seriesStorage.newerVersion',
  'db.not-found': 'user-data.seriesStorage.notFound',
  'db.invalid': 'user-data.seriesStorage.invalid',
  'db.failed': 'user-data.seriesStorage.failed',
  'store.read-only': 'user-data.seriesStorage.readOnly',
};

/** Why a read or write of the stored series failed (a clause, no final stop). */
export function storageReasonText(code: UserSeriesErrorCode): Msg {
  return msg(REASON[code]);
}

export const IMPORT_SERIES_LABEL = msg('user-data.seriesImport.button');
export const IMPORT_SERIES_TITLE = msg('user-data.seriesImport.title');
export const SERIES_FILE_INPUT_LABEL = msg('user-data.seriesImport.fileLabel');
export const CANCEL_IMPORT_LABEL = msg('user-data.seriesImport.cancel');

export function importedNotice(meta: StoredSeriesMeta, fileName: string, badLines: number): Msg {
  const values = { name: meta.name, id: meta.id, file: fileName, rows: rows(meta.count) };
  return badLines === 0
    ? msg('user-data.seriesImport.imported', values)
    : msg('user-data.seriesImport.importedSkipped', { ...values, n: badLines, count: formatCount(badLines) });
}

export function notStoredNotice(fileName: string, code: UserSeriesErrorCode): Msg {
  return msg('user-data.seriesImport.notStored', { file: fileName, why: storageReasonText(code) });
}

export function tooLargeNotice(fileName: string, bytes: number, limit: number): Msg {
  return msg('user-data.seriesImport.notImported', { file: fileName, why: seriesFileIssueText({ code: 'file.too-large', bytes, limit }) });
}

export function readFailedNotice(fileName: string, message: string): Msg {
  return msg('user-data.seriesImport.readFailed', { file: fileName, error: message });
}

export function progressText(fileName: string, phase: 'read' | 'parse', fraction: number): Msg {
  const pct = Math.max(0, Math.min(100, Math.floor(fraction * 100)));
  return phase === 'read' ? msg('user-data.seriesImport.reading', { file: fileName }) : msg('user-data.seriesImport.parsing', { file: fileName, pct: String(pct) });
}

/** Notices of a load: nothing for "no storage here" (nothing can have been stored), else why. */
export function loadFailedNotice(code: UserSeriesErrorCode): Msg | null {
  return code === 'db.unavailable' ? null : msg('user-data.yourSeries.loadFailed', { why: storageReasonText(code) });
}

/** The notice lines of a load: why nothing could be read, or each series skipped. */
export function loadReportNotices(report: UserSeriesLoadReport): Msg[] {
  const failed = report.failure ? loadFailedNotice(report.failure.code) : null;
  return [...(failed ? [failed] : []), ...report.skipped.map((s) => skippedNotice(s.meta, s.code))];
}

export function skippedNotice(meta: StoredSeriesMeta, code: UserSeriesErrorCode): Msg {
  return msg('user-data.yourSeries.skippedNotice', { name: meta.name, id: meta.id, why: storageReasonText(code) });
}

export const YOUR_SERIES_TITLE = msg('user-data.yourSeries.title');
export const yourSeriesButton = (n: number) => msg('user-data.yourSeries.button', { count: formatCount(n) });
export const NO_SERIES_TEXT = msg('user-data.yourSeries.none');
export const KEPT_TEXT = msg('user-data.yourSeries.kept');
export const SKIPPED_HEADING = msg('user-data.yourSeries.skippedHeading');
export const CLOSE_LABEL = msg('user-data.yourSeries.close');
export const CONFIRM_DELETE_LABEL = msg('user-data.yourSeries.confirmDelete');
export const CANCEL_LABEL = msg('user-data.yourSeries.cancel');
export const SAVE_LABEL = msg('user-data.yourSeries.save');

/** Why the list is empty when the series could not be read at all. */
export function storageFailedText(code: UserSeriesErrorCode): Msg {
  return msg('user-data.yourSeries.storageFailed', { why: storageReasonText(code) });
}

export function skippedReasonText(code: UserSeriesErrorCode): Msg {
  return msg('user-data.yourSeries.skippedReason', { why: storageReasonText(code) });
}

/** Accessible names of a row's controls, which say which series they act on. */
export const rowLabels = (name: string) => ({
  show: msg('user-data.yourSeries.showLabel', { name }),
  rename: msg('user-data.yourSeries.renameLabel', { name }),
  newName: msg('user-data.yourSeries.newNameLabel', { name }),
  colour: msg('user-data.yourSeries.colourLabel', { name }),
  delete: msg('user-data.yourSeries.deleteLabel', { name }),
  confirm: msg('user-data.yourSeries.confirmLabel', { name }),
});

/** An instant as UTC to the minute: `2024-01-02T00:00Z`. */
export function utcMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

/** `KRW per 1 USD · daily · 3 rows · 2024-01-02T00:00Z – 2024-01-04T00:00Z`. */
export function seriesFactsText(meta: StoredSeriesMeta): Msg {
  const values = {
    unit: meta.unit,
    resolution: msg(meta.resolution === 'intraday' ? 'user-data.yourSeries.intraday' : 'user-data.yourSeries.daily'),
    rows: rows(meta.count),
  };
  return meta.first !== null && meta.last !== null
    ? msg('user-data.yourSeries.factsRange', { ...values, first: utcMinute(meta.first), last: utcMinute(meta.last) })
    : msg('user-data.yourSeries.facts', values);
}

export function deleteQuestion(meta: StoredSeriesMeta): Msg {
  return msg('user-data.yourSeries.deleteQuestion', { name: meta.name, rows: rows(meta.count) });
}

const NOT_CHANGED = {
  rename: 'user-data.yourSeries.notRenamed',
  recolour: 'user-data.yourSeries.notRecoloured',
  delete: 'user-data.yourSeries.notDeleted',
} as const;

export function changeFailedText(what: 'rename' | 'recolour' | 'delete', meta: StoredSeriesMeta, code: UserSeriesErrorCode): Msg {
  return msg(NOT_CHANGED[what], { name: meta.name, why: storageReasonText(code) });
}

/** The name of a colour token (`teal` → "Teal"). */
export const colourLabel = (token: string) => msg(`user-data.colour.${token}`);
