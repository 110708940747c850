import { useMemo, useRef, useState } from 'react';
import type { Category } from '../../../config/categories';
import { useT } from '../../../i18n/use-t';
import type { KrwEvent } from '../../events/model/event-schema';
import type { FileEncoding } from '../model/decode-event-file';
import type { ImportResult } from '../model/import-events';
import { notSavedLine } from '../store/user-events-notices';
import { useUserEventsStore } from '../store/user-events-store';
import type { ImportReportData } from './import-report-panel';
import { readFileBytes } from './read-file-bytes';

type Pipeline = typeof import('./import-pipeline');
let pipeline: Promise<Pipeline> | null = null;
/** The import code, requested once (when the file dialog opens) and shared by every button. */
const loadPipeline = (): Promise<Pipeline> =>
  (pipeline ??= import('./import-pipeline').catch((e: unknown) => {
    pipeline = null; // a chunk that failed to load (offline after a new deployment) is asked for again next time
    throw e;
  }));

/** Files larger than this are refused before reading (an event file is a few hundred KB at most). */
const MAX_BYTES = 5 * 1024 * 1024;

interface Props {
  /** The built-in events: an imported event never overwrites one, and a copy of one is not a problem. */
  builtInEvents: readonly KrwEvent[];
  /** Receives the result as notice lines ("Imported 12 events from my.csv; 2 lines skipped: …"). */
  onReport: (lines: string[]) => void;
  /** Today's date (YYYY-MM-DD) for the accepted date range; the clock's UTC date when not given. */
  today?: () => string;
}

const utcToday = () => new Date().toISOString().slice(0, 10);

/** A read file waiting in the preview for the user's Import or Cancel. */
interface Pending {
  fileName: string;
  result: ImportResult;
  encoding: FileEncoding;
}

/** The result with `category` for the rows that had none. */
function withCategory(result: ImportResult, category: Category): ImportResult {
  const defaulted = new Set(result.defaultedCategory);
  return { ...result, events: result.events.map((e) => (defaulted.has(e.id) ? { ...e, category } : e)) };
}

/**
 * **Import events**: reads a CSV or JSON file of events, shows a preview (events found, problems,
 * the category for rows without one) and, on Import, merges them into the user's events.
 */
export function ImportEventsButton({ builtInEvents, onReport, today = utcToday }: Props) {
  const { t, tm } = useT();
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const mergeImported = useUserEventsStore((s) => s.mergeImportedAsync);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReportData | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [lib, setLib] = useState<Pipeline | null>(null);
  const builtInIds = useMemo(() => new Set(builtInEvents.map((e) => e.id)), [builtInEvents]);

  const onFile = async (file: File) => {
    setReport(null);
    if (file.size > MAX_BYTES) {
      onReport([t('user-data.import.tooBig', { file: file.name, mb: (file.size / 1024 / 1024).toFixed(1) })]);
      return;
    }
    setBusy(true);
    try {
      const [p, bytes] = await Promise.all([loadPipeline(), readFileBytes(file)]);
      setLib(p);
      // Decoded and checked in a worker: the page stays responsive while a large file is read.
      const read = await p.readEventFile({ bytes, fileName: file.name, builtIns: builtInEvents, today: today() });
      if (!read.ok) {
        onReport([t('user-data.import.notText', { file: file.name, line: read.line })]);
        return;
      }
      const { result, encoding } = read;
      // Nothing to add (no good row, or too many): report at once, there is nothing to confirm.
      if (result.events.length) setPending({ fileName: file.name, result, encoding });
      else await finish(p, { fileName: file.name, result, encoding });
    } catch (e) {
      onReport([t('user-data.import.unreadable', { file: file.name, error: e instanceof Error ? e.message : String(e) })]);
    } finally {
      setBusy(false);
    }
  };

  const finish = async (p: Pipeline, { fileName, result, encoding }: Pending) => {
    // Stored in slices, then taken by the page in a task of its own (see mergeImportedAsync).
    const merge = await mergeImported(result.events, builtInIds);
    const problems = p.allProblems(result, merge);
    if (problems.length) setReport({ fileName, problems, csv: p.importReportCsv(result, merge, tm) });
    const lines = p.importReport(fileName, result, merge, { encoding, tr: tm });
    // Kept in this page only (no storage, newer or damaged data with full storage, quota): say so.
    if (merge.notSaved) lines.splice(1, 0, tm(notSavedLine(merge.notSaved)));
    onReport(lines);
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        disabled={busy}
        title={t('user-data.import.title')}
        onClick={() => {
          void loadPipeline().catch(() => undefined); // fetched while the user picks a file
          input.current?.click();
        }}
      >
        {t('user-data.import.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        hidden
        aria-label={t('user-data.import.fileLabel')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // the same file can be chosen again
          if (file) void onFile(file);
        }}
      />
      {pending && lib && (
        <lib.ImportPreview
          fileName={pending.fileName}
          result={pending.result}
          onImport={(category) => {
            setPending(null);
            void finish(lib, { ...pending, result: withCategory(pending.result, category) });
          }}
          onCancel={() => setPending(null)}
          returnFocusTo={button.current}
        />
      )}
      {report && lib && <lib.ImportReportPanel key={report.csv} report={report} onClose={() => setReport(null)} />}
    </>
  );
}
