import { computeReactions } from './compute-reactions';
import { fixed6, REACTIONS_CSV_HEADER, reactionsCsv } from './reactions-csv';
import { ev, intradayOf, seriesOn, weekdays } from './test-fixtures';

// SPEC's columns in SPEC's order, then t0_utc and the event study's three (typed out here, not imported from the engine).
const HEADER =
  'event_id,date,title,category,pair,source,t0,base_date,base_rate,t0_rate,chg_0_pct,chg_5_pct,chg_20_pct,pre_drift_pct,pre_vol_pct,z_0,overlap,t0_utc,ar_0_pct,car_0_5_pct,car_0_20_pct';

const dates = weekdays('2024-01-01', 10); // 01-01 … 01-12
const usd = seriesOn(dates, [1190.43, 1200.16, 1201, 1199.9, 1205.5, 1210, 1208.25, 1212, 1215, 1213]);
const events = [
  ev('comma-title', dates[2], { title: 'Sanctions, "secondary" ones', category: 'sanction' }),
  ev('formula-title', dates[5], { title: '=HYPERLINK("http://evil.example")', category: 'diplomacy' }),
  ev('minus-title', dates[9], { title: '-1 notch downgrade', category: 'market-shock' }),
  ev('after-data', '2024-02-01', { title: 'Later' }),
];

describe('reactions CSV', () => {
  const csv = reactionsCsv(computeReactions(events, [usd]));
  const lines = csv.split('\n');

  it('starts with the SPEC header, in order', () => {
    expect(REACTIONS_CSV_HEADER.join(',')).toBe(HEADER);
    expect(lines[0]).toBe(HEADER);
  });
  it('writes one line per reaction, with quoting, formula guard, 6 decimals and empty nulls', () => {
    // t0_utc: the H.10 fix of the T0 date, noon New York = 17:00 UTC in January (EST, UTC−5).
    expect(lines.slice(1)).toEqual([
      'comma-title,2024-01-03,"Sanctions, ""secondary"" ones",sanction,USDKRW,snapshot,2024-01-03,2024-01-02,1200.16,1201,0.069991,0.986535,,,,,true,2024-01-03T17:00:00Z,,,',
      `formula-title,2024-01-08,"'=HYPERLINK(""http://evil.example"")",diplomacy,USDKRW,snapshot,2024-01-08,2024-01-05,1205.5,1210,0.373289,,,,,,true,2024-01-08T17:00:00Z,,,`,
      "minus-title,2024-01-12,'-1 notch downgrade,market-shock,USDKRW,snapshot,2024-01-12,2024-01-11,1215,1213,-0.164609,,,1.258438,,,true,2024-01-12T17:00:00Z,,,",
      'after-data,2024-02-01,Later,sanction,USDKRW,snapshot,,,,,,,,,,,false,,,,',
      '', // final newline
    ]);
  });
  it('writes an imported series with its id in pair, csv in source and the T0 bar in t0_utc', () => {
    // Synthetic 1-minute bars 01:28 … 01:32 UTC on 2024-07-03. A 10:30 Seoul announcement is
    // 01:30 UTC: T0 is the 01:30 bar (1382.38), T−1 the 01:29 bar (1381);
    // chg_0 = (1382.38 / 1381 − 1) × 100 = 1.38 / 1381 × 100 = 0.0999276 → 0.099928.
    // chg_5 needs the bar T0 + 5 (index 7 of 0…4) and pre_drift T−6: both empty; t0 and base_date are UTC dates.
    const ndf = intradayOf('csv:my-ndf', '2024-07-03T01:28:00Z', [1380, 1381, 1382.38, 1383, 1384]);
    const out = reactionsCsv(computeReactions([ev('imp-evt', '2024-07-03', { time: '10:30' })], [ndf])).split('\n');
    expect(out[0]).toBe(HEADER);
    expect(out[1]).toBe('imp-evt,2024-07-03,Event imp-evt,sanction,csv:my-ndf,csv,2024-07-03,2024-07-03,1381,1382.38,0.099928,,,,,,false,2024-07-03T01:30:00Z,,,'); // no study given: the last three empty
  });
  it('writes a header only for no rows', () => {
    expect(reactionsCsv([])).toBe(HEADER + '\n');
  });
  it('writes rates as the source gave them and never a negative zero', () => {
    const s = seriesOn(weekdays('2024-01-01', 3), [0.1 + 0.2, 1300.000001, 1300]);
    const rows = computeReactions([ev('tiny-move', '2024-01-03'), ev('odd-rate', '2024-01-02')], [s]);
    const [a, b] = reactionsCsv(rows).split('\n').slice(1).map((l) => l.split(','));
    expect([a[8], a[9], a[10]]).toEqual(['1300.000001', '1300', '0.000000']); // chg_0 ≈ −7.7e-8 %
    expect(b[8]).toBe('0.30000000000000004'); // shortest round-trip, not rounded
    expect(fixed6(-1e-9)).toBe('0.000000');
    expect(fixed6(-0.0000012)).toBe('-0.000001');
    expect(fixed6(null)).toBe('');
    expect(fixed6(NaN)).toBe('');
  });
});
