import { downloadBlob } from '../../../components/ui/download';
import { exportFileName } from '../../../lib/file-name';
import { testsCsv, type StudyModel, type StudyRow } from '../model';

interface Props {
  rows: readonly StudyRow[];
  pair: string;
  source: string;
  model: StudyModel;
  /** The visible range (ISO dates), for the file name. */
  from: string;
  to: string;
}

/** `krw-event-lens_tests_<pair>_<source>_<from>_<to>.csv`. */
export function testsFileName(pair: string, source: string, from: string, to: string): string {
  return exportFileName('tests', [pair], source, from, to, 'csv');
}

/** Issue #12 "Download tests CSV": one line per group × window shown (see model/tests-csv.ts). */
export function DownloadTestsCsvButton({ rows, pair, source, model, from, to }: Props) {
  return (
    <button
      type="button"
      disabled={!rows.length}
      title={rows.length ? `${rows.length} rows` : 'No result to download yet'}
      onClick={() => downloadBlob(testsCsv(rows, { pair, source, model }), testsFileName(pair, source, from, to))}
    >
      Download tests CSV
    </button>
  );
}
