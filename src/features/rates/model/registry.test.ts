import { PAIR_IDS } from '../../../config/series';
import { builtInMeta, importedMeta, lineKeyOf } from './registry';
import { lineLabel } from './line-label';
import { makeSeries } from './series';

describe('series registry', () => {
  it('describes each built-in pair from each built-in source, with its fix rule', () => {
    for (const pair of PAIR_IDS) {
      const h10 = builtInMeta(pair, 'snapshot');
      const ecb = builtInMeta(pair, 'ecb');
      expect([h10.id, h10.source, h10.resolution, h10.builtIn, h10.colorVar]).toEqual([pair, 'snapshot', 'daily', true, `--pair-${pair}`]);
      expect(h10.fix).toEqual({ time: '12:00', zone: 'America/New_York', label: 'noon New York' });
      expect(ecb.fix).toEqual({ time: '14:15', zone: 'Europe/Berlin', label: '14:15 Frankfurt' });
      // One shared object per pair and source.
      expect(builtInMeta(pair, 'ecb')).toBe(ecb);
    }
    expect(builtInMeta('CNYKRW', 'snapshot').axis).toBe('right');
    expect(builtInMeta('USDKRW', 'snapshot').unit).toBe('KRW per 1 USD');
  });

  it('describes an imported series by what the user gave it: a daily file has its stated fix, an intraday one none', () => {
    const base = { id: 'csv:my-ndf' as const, name: 'My NDF', unit: 'KRW per USD', fix: { zone: 'Asia/Seoul', time: '15:30' }, color: { light: '#0f766e', dark: '#2dd4bf' }, colorVar: '--series-teal' };
    const daily = importedMeta({ ...base, resolution: 'daily' });
    expect([daily.label, daily.source, daily.axis, daily.builtIn]).toEqual(['My NDF', 'csv', 'auto', false]);
    expect(daily.fix).toEqual({ time: '15:30', zone: 'Asia/Seoul', label: '15:30 Asia/Seoul' });
    expect(importedMeta({ ...base, resolution: 'intraday' }).fix).toBeNull();
  });

  it('keys and names a comparison line by its source', () => {
    expect(lineKeyOf('USDKRW', 'ecb', true)).toBe('USDKRW@ecb');
    expect(lineKeyOf('USDKRW', 'snapshot', false)).toBe('USDKRW');
    const h10 = makeSeries('USDKRW', 'snapshot', [19_800], [1300]);
    const ecb = { ...makeSeries('USDKRW', 'ecb', [19_800], [1301]), compare: true };
    const jpy = makeSeries('JPYKRW', 'snapshot', [19_800], [900]);
    expect([lineLabel(h10, [h10, ecb]), lineLabel(ecb, [h10, ecb]), lineLabel(h10, [h10, jpy])]).toEqual(['USD/KRW · H.10', 'USD/KRW · ECB', 'USD/KRW']);
  });
});
