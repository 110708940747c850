import { fromZonedTime } from 'date-fns-tz';
import { DAY_MS } from '../../../lib/units';
import { fixInstantsOf } from './series';

const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);

describe('fixInstantsOf', () => {
  it("gives date-fns-tz's instant for every weekday 1999–2030 at the H.10 and ECB fixes", () => {
    const days: number[] = [];
    for (let d = Date.UTC(1999, 0, 4) / DAY_MS; d <= Date.UTC(2030, 11, 31) / DAY_MS; d++) {
      const dow = new Date(d * DAY_MS).getUTCDay();
      if (dow !== 0 && dow !== 6) days.push(d);
    }
    for (const [time, zone] of [['12:00', 'America/New_York'], ['14:15', 'Europe/Berlin'], ['23:59', 'Asia/Seoul']] as const) {
      const t = fixInstantsOf(Int32Array.from(days), { time, zone });
      const wrong = days.filter((d, i) => t[i] !== fromZonedTime(`${iso(d)}T${time}:00`, zone).getTime());
      expect(wrong.map(iso)).toEqual([]);
    }
  });

  it('is exact for sparse dates (one a quarter, one a year): equal offsets at both ends do not hide a change', () => {
    const days = [Date.UTC(2020, 0, 15), Date.UTC(2020, 6, 15), Date.UTC(2021, 0, 15), Date.UTC(2023, 6, 3)].map((ms) => ms / DAY_MS);
    const t = fixInstantsOf(Int32Array.from(days), { time: '12:00', zone: 'America/New_York' });
    // New York: EST (UTC−5) in January, EDT (UTC−4) in July.
    expect([...t].map((x) => new Date(x).toISOString())).toEqual([
      '2020-01-15T17:00:00.000Z',
      '2020-07-15T16:00:00.000Z',
      '2021-01-15T17:00:00.000Z',
      '2023-07-03T16:00:00.000Z',
    ]);
  });
});
