import { useT } from '../../../i18n/use-t';
import { describeResolution, formatInstantInZone } from '../model/series-preview-format';
import { PREVIEW_ROWS, type SeriesParseResult, type SeriesRow } from '../model/series-csv-types';

function RowsTable({ caption, rows, zone }: { caption: string; rows: SeriesRow[]; zone: string }) {
  const { t } = useT();
  return (
    <table className="small series-preview-rows">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('user-data.seriesSummary.line')}</th>
          <th scope="col">{t('user-data.seriesSummary.time', { zone })}</th>
          <th scope="col">{t('user-data.seriesSummary.value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.line}>
            <td>{r.line}</td>
            <td>{formatInstantInZone(r.instant, zone)}</td>
            <td>{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Range, count, daily/intraday, how the file was read, and its first and last rows. */
export function SeriesPreviewSummary({ result, zone }: { result: SeriesParseResult; zone: string }) {
  const { t, tm } = useT();
  const { layout, range } = result;
  return (
    <>
      <dl className="small series-preview-facts" style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 10px', margin: 0 }}>
        <dt>{t('user-data.seriesSummary.rows')}</dt>
        <dd>{t('user-data.seriesSummary.count', { n: result.count })}</dd>
        <dt>{t('user-data.seriesSummary.range')}</dt>
        <dd>
          {range
            ? t('user-data.seriesSummary.rangeValue', { first: formatInstantInZone(range.first, zone), last: formatInstantInZone(range.last, zone), zone })
            : t('user-data.seriesSummary.none')}
        </dd>
        <dt>{t('user-data.seriesSummary.resolution')}</dt>
        <dd>{tm(describeResolution(result))}</dd>
        {layout && (
          <>
            <dt>{t('user-data.seriesSummary.columns')}</dt>
            <dd>
              {t(layout.header ? 'user-data.seriesSummary.layout' : 'user-data.seriesSummary.layoutNoHeader', {
                time: layout.timeColumn,
                value: layout.valueColumn,
                separator: layout.separator,
                decimal: t(layout.decimal === 'comma' ? 'user-data.seriesSummary.comma' : 'user-data.seriesSummary.point'),
              })}
            </dd>
          </>
        )}
      </dl>
      {result.outOfOrder && <p className="small">{t('user-data.seriesSummary.sorted')}</p>}
      {result.count > 0 && <RowsTable caption={t('user-data.seriesSummary.firstRows')} rows={result.firstRows} zone={zone} />}
      {result.count > PREVIEW_ROWS && <RowsTable caption={t('user-data.seriesSummary.lastRows')} rows={result.lastRows} zone={zone} />}
    </>
  );
}
