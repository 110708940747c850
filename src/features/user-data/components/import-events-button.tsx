import { useRef, useState } from 'react';
import { importEvents } from '../model/import-events';
import { importReport } from '../model/import-report';
import { notSavedLine } from '../store/user-events-notices';
import { useUserEventsStore } from '../store/user-events-store';
import { readFileText } from './read-file-text';

/** Files larger than this are refused before reading (an event file is a few hundred KB at most). */
const MAX_BYTES = 5 * 1024 * 1024;

interface Props {
  /** Ids of the built-in events: an imported event never overwrites one. */
  builtInIds: ReadonlySet<string>;
  /** Receives the result as notice lines ("Imported 12 events from my.csv; 2 lines skipped: …"). */
  onReport: (lines: string[]) => void;
}

/** **Import events**: reads a CSV or JSON file of events and merges it into the user's events. */
export function ImportEventsButton({ builtInIds, onReport }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const mergeImported = useUserEventsStore((s) => s.mergeImported);
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File) => {
    if (file.size > MAX_BYTES) {
      onReport([`${file.name} was not imported: it is ${(file.size / 1024 / 1024).toFixed(1)} MB, more than the 5 MB an event file may have`]);
      return;
    }
    setBusy(true);
    try {
      const text = await readFileText(file);
      const result = importEvents(text, file.name, builtInIds);
      const merge = mergeImported(result.events, builtInIds);
      const lines = importReport(file.name, result, merge);
      // Kept in this page only (no storage, newer or damaged data with full storage, quota): say so.
      if (merge.notSaved) lines.splice(1, 0, notSavedLine(merge.notSaved));
      if (text.includes('\uFFFD')) lines.push(`${file.name}: some characters are not UTF-8 text; save the file as "CSV UTF-8" or JSON and import it again`);
      onReport(lines);
    } catch (e) {
      onReport([`${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}`]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" disabled={busy} title="Add events from a CSV or JSON file (kept in this browser)" onClick={() => input.current?.click()}>
        Import events
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        hidden
        aria-label="Events file to import (CSV or JSON)"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // the same file can be chosen again
          if (file) void onFile(file);
        }}
      />
    </>
  );
}
