import { eventInstant } from '../features/events/model/filter-events';
import { parseIsoDay, type EpochDay } from '../lib/units';
import { presenterWhen, seoulWallTime } from './presenter-when';

const at = (date: string, time: string, zone: string) => eventInstant(parseIsoDay(date) as EpochDay, time, zone);

describe('presenter: when, in Seoul', () => {
  it('reads an instant on Seoul\'s clock (UTC+9, no daylight saving since 1988)', () => {
    expect(seoulWallTime(Date.UTC(2016, 0, 6, 1, 30))).toEqual({ date: '2016-01-06', time: '10:30' });
    // 20:00 UTC is 05:00 the next day in Seoul.
    expect(seoulWallTime(Date.UTC(2016, 10, 8, 20, 0))).toEqual({ date: '2016-11-09', time: '05:00' });
  });

  it('gives a Seoul event its own time, and a Washington one the Seoul date and time', () => {
    expect(presenterWhen({ date: '2016-01-06', time: '10:30', at: at('2016-01-06', '10:30', 'Asia/Seoul') })).toEqual({
      date: '2016-01-06',
      seoul: { date: '2016-01-06', time: '10:30' },
    });
    // 16:00 EST (UTC−5) on 2 March = 21:00 UTC = 06:00 on 3 March in Seoul.
    expect(presenterWhen({ date: '2016-03-02', time: '16:00', at: at('2016-03-02', '16:00', 'America/New_York') })).toEqual({
      date: '2016-03-02',
      seoul: { date: '2016-03-03', time: '06:00' },
    });
  });

  it('has no Seoul time for a date-only event', () => {
    expect(presenterWhen({ date: '2016-03-02', at: at('2016-03-02', '00:00', 'America/New_York') }).seoul).toBeNull();
  });
});
