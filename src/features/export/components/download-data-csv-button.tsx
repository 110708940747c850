import { downloadBlob } from '../../../components/ui/download';
import type { Series } from '../../rates/model/series';
import type { UnixMs } from '../../../lib/units';
import { rangeEndDate } from '../../../lib/range-text';
import { dataColumnName, dataCsv } from '../model/data-csv';
import { exportFileName } from '../../../lib/file-name';
import { useT } from '../../../i18n/use-t';

export function DownloadDataCsvButton({ series, from, to }: { series: readonly Series[]; from: UnixMs; to: UnixMs }) {
  const { t } = useT();
  return (
    <button
      type="button"
      disabled={!series.length}
      onClick={() => {
        const name = exportFileName('data', series.map(dataColumnName), series[0]?.source ?? 'none', rangeEndDate(from, 'from'), rangeEndDate(to, 'to'), 'csv');
        downloadBlob(dataCsv(series, from, to), name);
      }}
    >
      {t('export.csv.download')}
    </button>
  );
}
