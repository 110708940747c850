import { downloadBlob } from '../../../components/ui/download';
import type { Series } from '../../rates/model/series';
import { isoFromDay, type EpochDay } from '../../../lib/units';
import { dataCsv } from '../model/data-csv';
import { exportFileName } from '../../../lib/file-name';

export function DownloadDataCsvButton({ series, from, to }: { series: readonly Series[]; from: EpochDay; to: EpochDay }) {
  return (
    <button
      type="button"
      disabled={!series.length}
      onClick={() => {
        const f = isoFromDay(from);
        const t = isoFromDay(to);
        const name = exportFileName('data', series.map((s) => s.pair), series[0]?.source ?? 'none', f, t, 'csv');
        downloadBlob(dataCsv(series, from, to), name);
      }}
    >
      Download data CSV
    </button>
  );
}
