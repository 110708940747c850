import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Msg } from '../../../i18n/message';
import { useT } from '../../../i18n/use-t';
import { DEFAULT_FIX_TIME, DEFAULT_SERIES_ZONE, SERIES_FILE_MAX_BYTES, type SeriesParseResult } from '../model/series-csv-types';
import { nextSeriesColor } from '../model/series-meta';
import {
  CANCEL_IMPORT_LABEL,
  IMPORT_SERIES_LABEL,
  IMPORT_SERIES_TITLE,
  importedNotice,
  notStoredNotice,
  progressText,
  readFailedNotice,
  SERIES_FILE_INPUT_LABEL,
  tooLargeNotice,
} from './user-series-messages';
import { useUserSeriesStore, type UserSeriesStore } from '../store/user-series-store';
import type { WorkerLike } from '../worker/series-parse-client';
import type { SeriesReadSettings } from './series-import-preview';

// The preview (and its tables and messages) loads when a file has been read, not before the first paint.
const SeriesImportPreview = lazy(() => import('./series-import-preview').then((m) => ({ default: m.SeriesImportPreview })));

export interface ImportSeriesButtonProps {
  /** A series was stored under this id (the app shows it). */
  onImported: (id: string) => void;
  /** One notice line for the page ("Imported …", "… was not imported: …"). */
  onNotice: (notice: Msg) => void;
  /** The store to save into (tests pass their own). */
  useStore?: UserSeriesStore;
  /** Starts the parse worker (tests pass a fake). */
  createWorker?: () => WorkerLike;
}

/** A file read once and waiting in the preview for Confirm or Cancel. */
interface Pending {
  file: File;
  result: SeriesParseResult;
  settings: SeriesReadSettings;
}

const DEFAULT_SETTINGS: SeriesReadSettings = { timeZone: DEFAULT_SERIES_ZONE, fixTime: DEFAULT_FIX_TIME };
const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * **Import series**: picks a CSV file, parses it in a worker (a progress line with Cancel while it
 * runs; the page stays responsive), shows the preview, reads the file again when the zone or fix
 * time changes, and on Confirm stores the series and reports it. A file over 200 MB is refused
 * before it is read.
 */
export function ImportSeriesButton({ onImported, onNotice, useStore = useUserSeriesStore, createWorker }: ImportSeriesButtonProps) {
  const { tm } = useT();
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const job = useRef<AbortController | null>(null);
  const add = useStore((s) => s.add);
  const [reading, setReading] = useState<{ fileName: string; text: Msg } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  // Bumped when the preview closes: focus then goes back to the button (after the preview's own cleanup).
  const [closed, setClosed] = useState(0);
  useEffect(() => {
    if (closed) button.current?.focus();
  }, [closed]);
  // Unmounting stops a parse still running.
  useEffect(() => () => job.current?.abort(), []);

  const parse = (file: File, settings: SeriesReadSettings, onProgress?: (phase: 'read' | 'parse', fraction: number) => void) => {
    job.current?.abort();
    const controller = new AbortController();
    job.current = controller;
    // The worker's client loads with the first file, not before the first paint.
    return import('../worker/series-parse-client')
      .then(({ parseSeriesFile }) =>
        parseSeriesFile(file, {
          options: settings,
          signal: controller.signal,
          createWorker,
          onProgress: onProgress && ((p) => onProgress(p.phase, p.fraction)),
        }),
      )
      .finally(() => {
        if (job.current === controller) job.current = null;
      });
  };

  const onFile = async (file: File) => {
    if (file.size > SERIES_FILE_MAX_BYTES) {
      onNotice(tooLargeNotice(file.name, file.size, SERIES_FILE_MAX_BYTES));
      return;
    }
    setReading({ fileName: file.name, text: progressText(file.name, 'read', 0) });
    try {
      const result = await parse(file, DEFAULT_SETTINGS, (phase, fraction) => setReading({ fileName: file.name, text: progressText(file.name, phase, fraction) }));
      setPending({ file, result, settings: DEFAULT_SETTINGS });
    } catch (e) {
      if (isAbort(e)) setClosed((n) => n + 1);
      else onNotice(readFailedNotice(file.name, message(e)));
    } finally {
      setReading(null);
    }
  };

  const reread = async (settings: SeriesReadSettings) => {
    if (!pending) return;
    const { file } = pending;
    setBusy(true);
    try {
      const result = await parse(file, settings);
      setPending((p) => (p && p.file === file ? { file, result, settings } : p));
      setBusy(false);
    } catch (e) {
      // A newer read replaced this one: it clears busy when it ends.
      if (isAbort(e)) return;
      onNotice(readFailedNotice(file.name, message(e)));
      setBusy(false);
    }
  };

  const close = () => {
    job.current?.abort();
    setPending(null);
    setBusy(false);
    setClosed((n) => n + 1);
  };

  const confirm = async (details: { name: string; unit: string }) => {
    if (!pending) return;
    const { file, result, settings } = pending;
    setBusy(true);
    const color = nextSeriesColor(useStore.getState().series.map((s) => s.meta.color));
    const saved = await add({
      name: details.name,
      unit: details.unit,
      color,
      resolution: result.resolution,
      fix: { zone: settings.timeZone, time: settings.fixTime },
      instants: result.instants,
      values: result.values,
    });
    close();
    if (saved.ok) {
      onNotice(importedNotice(saved.value, file.name, result.issues.length));
      onImported(saved.value.id);
    } else onNotice(notStoredNotice(file.name, saved.code));
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        disabled={reading !== null || pending !== null}
        title={tm(IMPORT_SERIES_TITLE)}
        onClick={() => input.current?.click()}
      >
        {tm(IMPORT_SERIES_LABEL)}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,text/csv"
        hidden
        aria-label={tm(SERIES_FILE_INPUT_LABEL)}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // the same file can be chosen again
          if (file) void onFile(file);
        }}
      />
      {reading && (
        <span className="small series-import-progress">
          <span role="status">{tm(reading.text)}</span>{' '}
          <button type="button" onClick={() => job.current?.abort()}>
            {tm(CANCEL_IMPORT_LABEL)}
          </button>
        </span>
      )}
      {pending && (
        <Suspense fallback={null}>
          <SeriesImportPreview
            fileName={pending.file.name}
            result={pending.result}
            settings={pending.settings}
            busy={busy}
            onSettingsChange={(s) => void reread(s)}
            onConfirm={(d) => void confirm(d)}
            onCancel={close}
          />
        </Suspense>
      )}
    </>
  );
}
