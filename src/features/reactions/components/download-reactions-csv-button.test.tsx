// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { downloadBlob } from '../../../components/ui/download';
import { computeReactions } from '../model';
import { seriesOn, weekdays } from '../model/test-fixtures';
import { DownloadReactionsCsvButton } from './download-reactions-csv-button';
import { ev } from './test-data';

vi.mock('../../../components/ui/download', () => ({ downloadBlob: vi.fn() }));

// SPEC "Reactions CSV columns, in this order", then t0_utc and the event study's three (typed out here, not imported from the engine).
const SPEC_HEADER =
  'event_id,date,title,category,pair,source,t0,base_date,base_rate,t0_rate,chg_0_pct,chg_5_pct,chg_20_pct,pre_drift_pct,pre_vol_pct,z_0,overlap,t0_utc,ar_0_pct,car_0_5_pct,car_0_20_pct';

describe('DownloadReactionsCsvButton', () => {
  it('downloads SPEC’s columns in SPEC’s order, one row per event and pair, at full precision', async () => {
    const dates = weekdays('2021-03-01', 30);
    const usd = seriesOn(dates, dates.map((_, i) => (i < 12 ? 1100 : 1111.11)), 'USDKRW', 'ecb');
    const jpy = seriesOn(dates, dates.map((_, i) => (i < 12 ? 1000 : 990)), 'JPYKRW', 'ecb');
    const rows = computeReactions([ev('csv-evt', dates[12], { title: 'A title, with a comma' })], [usd, jpy]);
    render(<DownloadReactionsCsvButton rows={rows} pairs={['USDKRW', 'JPYKRW']} source="ecb" from="2021-01-01" to="2021-06-30" />);
    await userEvent.click(screen.getByRole('button', { name: 'Download reactions CSV' }));
    expect(downloadBlob).toHaveBeenCalledTimes(1);
    const [text, name] = vi.mocked(downloadBlob).mock.calls[0];
    expect(name).toBe('krw-event-lens_reactions_USDKRW-JPYKRW_ecb_2021-01-01_2021-06-30.csv');
    const lines = String(text).trimEnd().split('\n');
    expect(lines[0]).toBe(SPEC_HEADER);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(`csv-evt,${dates[12]},"A title, with a comma",sanction,USDKRW,ecb,${dates[12]},${dates[11]},1100,1111.11,1.010000,1.010000,,0.000000,,,false,${dates[12]}T13:15:00Z,,,`); // ECB 14:15 Frankfurt in March (CET, UTC+1); no study given
    expect(lines[2].split(',').slice(5, 12)).toEqual(['JPYKRW', 'ecb', dates[12], dates[11], '1000', '990', '-1.000000']);
  });

  it('is disabled with no event in view', () => {
    render(<DownloadReactionsCsvButton rows={[]} pairs={['USDKRW']} source="snapshot" from="2021-01-01" to="2021-06-30" />);
    expect(screen.getByRole('button', { name: 'Download reactions CSV' })).toBeDisabled();
  });

  it('waits while the rows are being worked out again: disabled, saying why, and downloads nothing', async () => {
    const dates = weekdays('2021-03-01', 30);
    const usd = seriesOn(dates, dates.map((_, i) => (i < 12 ? 1100 : 1111.11)), 'USDKRW', 'ecb');
    const rows = computeReactions([ev('csv-evt', dates[12])], [usd]);
    vi.mocked(downloadBlob).mockClear();
    const { rerender } = render(<DownloadReactionsCsvButton rows={rows} busy pairs={['USDKRW']} source="ecb" from="2021-01-01" to="2021-06-30" />);
    const button = screen.getByRole('button', { name: 'Download reactions CSV' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('title', 'Updating the reactions: the CSV can be downloaded once they are current');
    await userEvent.click(button);
    expect(downloadBlob).not.toHaveBeenCalled();
    rerender(<DownloadReactionsCsvButton rows={rows} busy={false} pairs={['USDKRW']} source="ecb" from="2021-01-01" to="2021-06-30" />);
    expect(button).toBeEnabled();
    expect(button).toHaveAttribute('title', '1 row');
    await userEvent.click(button);
    expect(downloadBlob).toHaveBeenCalledTimes(1);
  });
});
