import { downloadBlob } from '../../../components/ui/download';
import { exportFileName } from '../../../lib/file-name';
import { useT } from '../../../i18n';
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
  const { t } = useT();
  return (
    <button
      type="button"
      disabled={!rows.length}
      title={rows.length ? t('study.csv.rows', { n: rows.length }) : t('study.csv.none')}
      onClick={() => downloadBlob(testsCsv(rows, { pair, source, model }), testsFileName(pair, source, from, to))}
    >
      {t('study.csv.button')}
    </button>
  );
}
