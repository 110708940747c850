/**
 * English text of the series import control and the "Your series" list: notices, progress,
 * why a write failed, and the facts of a stored series. One place, for the Korean catalog later.
 */
import type { UserSeriesErrorCode, UserSeriesLoadReport } from '../store/user-series-store';
import { seriesFileIssueText } from '../model/series-csv-messages';
import type { StoredSeriesMeta } from '../model/series-meta';

const count = (n: number) => n.toLocaleString('en-US');
const rows = (n: number) => (n === 1 ? '1 row' : `${count(n)} rows`);

/** Why a read or write of the stored series failed (a clause, no final stop). */
export function storageReasonText(code: UserSeriesErrorCode): string {
  switch (code) {
    case 'db.quota':
      return "this browser's storage for the site is full (delete a series you no longer need, or free space)";
    case 'db.unavailable':
      return 'this browser does not let the site store data here (private mode, or site data turned off)';
    case 'db.newer-version':
      return 'your series were stored by a newer version of KRW Event Lens (reload the page, or close its other tabs)';
    case 'db.not-found':
      return 'the series is no longer stored (deleted in another tab?)';
    case 'db.invalid':
      return 'the name, unit, colour or numbers are not valid';
    case 'db.failed':
      return 'the browser could not store it';
    case 'store.read-only':
      return 'this view only shows your series and changes nothing';
  }
}

export const IMPORT_SERIES_LABEL = 'Import series';
export const IMPORT_SERIES_TITLE = 'Add a series of your own from a CSV file (date or timestamp, value; kept in this browser)';
export const SERIES_FILE_INPUT_LABEL = 'Series file to import (CSV)';
export const CANCEL_IMPORT_LABEL = 'Cancel import';

export function importedNotice(meta: StoredSeriesMeta, fileName: string, badLines: number): string {
  const skipped = badLines === 0 ? '' : `; ${badLines === 1 ? '1 bad line' : `${count(badLines)} bad lines`} skipped`;
  return `Imported ${meta.name} (${meta.id}) from ${fileName}: ${rows(meta.count)}${skipped}.`;
}

export function notStoredNotice(fileName: string, code: UserSeriesErrorCode): string {
  return `${fileName} was not imported: ${storageReasonText(code)}. Nothing stored before was changed.`;
}

export function tooLargeNotice(fileName: string, bytes: number, limit: number): string {
  return `${fileName} was not imported: ${seriesFileIssueText({ code: 'file.too-large', bytes, limit })}`;
}

export function readFailedNotice(fileName: string, message: string): string {
  return `${fileName} could not be read: ${message}`;
}

export function progressText(fileName: string, phase: 'read' | 'parse', fraction: number): string {
  const pct = Math.max(0, Math.min(100, Math.floor(fraction * 100)));
  return phase === 'read' ? `Reading ${fileName}…` : `Parsing ${fileName}: ${pct}%`;
}

/** Notices of a load: nothing for "no storage here" (nothing can have been stored), else why. */
export function loadFailedNotice(code: UserSeriesErrorCode): string | null {
  return code === 'db.unavailable' ? null : `Your imported series could not be read: ${storageReasonText(code)}.`;
}

/** The notice lines of a load: why nothing could be read, or each series skipped. */
export function loadReportNotices(report: UserSeriesLoadReport): string[] {
  const failed = report.failure ? loadFailedNotice(report.failure.code) : null;
  return [...(failed ? [failed] : []), ...report.skipped.map((s) => skippedNotice(s.meta, s.code))];
}

export function skippedNotice(meta: StoredSeriesMeta, code: UserSeriesErrorCode): string {
  return `Your series ${meta.name} (${meta.id}) could not be read and is not shown: ${storageReasonText(code)}. You can delete it in Your series.`;
}

export const YOUR_SERIES_TITLE = 'Your series';
export const yourSeriesButton = (n: number) => `Your series (${n})`;
export const NO_SERIES_TEXT = 'No series yet: Import series adds one from a CSV file.';
export const KEPT_TEXT = 'Series you imported, kept in this browser. Their ids (csv:…) name them in links.';
export const SKIPPED_HEADING = 'Could not be read';
export const CLOSE_LABEL = 'Close';
export const CONFIRM_DELETE_LABEL = 'Confirm delete';
export const CANCEL_LABEL = 'Cancel';
export const SAVE_LABEL = 'Save';

/** Why the list is empty when the series could not be read at all. */
export function storageFailedText(code: UserSeriesErrorCode): string {
  return `Your series cannot be read or kept here: ${storageReasonText(code)}.`;
}

export function skippedReasonText(code: UserSeriesErrorCode): string {
  return `Could not be read: ${storageReasonText(code)}.`;
}

/** Accessible names of a row's controls, which say which series they act on. */
export const rowLabels = (name: string) => ({
  show: `Show ${name}`,
  rename: `Rename ${name}`,
  newName: `New name for ${name}`,
  colour: `Colour of ${name}`,
  delete: `Delete ${name}`,
  confirm: `Delete ${name}?`,
});

/** An instant as UTC to the minute: `2024-01-02T00:00Z`. */
export function utcMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

/** `KRW per 1 USD · daily · 3 rows · 2024-01-02T00:00Z – 2024-01-04T00:00Z`. */
export function seriesFactsText(meta: StoredSeriesMeta): string {
  const range = meta.first !== null && meta.last !== null ? ` · ${utcMinute(meta.first)} – ${utcMinute(meta.last)}` : '';
  return `${meta.unit} · ${meta.resolution} · ${rows(meta.count)}${range}`;
}

export function deleteQuestion(meta: StoredSeriesMeta): string {
  return `Delete ${meta.name} (${rows(meta.count)}) from this browser? This cannot be undone.`;
}

export function changeFailedText(what: 'rename' | 'recolour' | 'delete', meta: StoredSeriesMeta, code: UserSeriesErrorCode): string {
  const verb = what === 'rename' ? 'renamed' : what === 'recolour' ? 'recoloured' : 'deleted';
  return `${meta.name} was not ${verb}: ${storageReasonText(code)}. It is kept as it was.`;
}

export const colourLabel = (token: string) => token.charAt(0).toUpperCase() + token.slice(1);
