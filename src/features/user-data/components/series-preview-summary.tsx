import { describeResolution, formatInstantInZone } from '../model/series-preview-format';
import { PREVIEW_ROWS, type SeriesParseResult, type SeriesRow } from '../model/series-csv-types';

function RowsTable({ caption, rows, zone }: { caption: string; rows: SeriesRow[]; zone: string }) {
  return (
    <table className="small series-preview-rows">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Time ({zone})</th>
          <th scope="col">Value</th>
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
  const { layout, range } = result;
  return (
    <>
      <dl className="small series-preview-facts" style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 10px', margin: 0 }}>
        <dt>Rows</dt>
        <dd>{result.count.toLocaleString('en-US')}</dd>
        <dt>Range</dt>
        <dd>{range ? `${formatInstantInZone(range.first, zone)} to ${formatInstantInZone(range.last, zone)} (${zone})` : 'none'}</dd>
        <dt>Resolution</dt>
        <dd>{describeResolution(result)}</dd>
        {layout && (
          <>
            <dt>Columns</dt>
            <dd>
              time from “{layout.timeColumn}”, value from “{layout.valueColumn}”; separator “{layout.separator}”, decimal {layout.decimal === 'comma' ? 'comma' : 'point'}
              {layout.header ? '' : ' (no header line)'}
            </dd>
          </>
        )}
      </dl>
      {result.outOfOrder && <p className="small">The rows were not in time order; they are sorted.</p>}
      {result.count > 0 && <RowsTable caption="First rows" rows={result.firstRows} zone={zone} />}
      {result.count > PREVIEW_ROWS && <RowsTable caption="Last rows" rows={result.lastRows} zone={zone} />}
    </>
  );
}
