import { announcementInstant, eventAnchor, fixInstant } from './fix-instants';
import { day, ev } from './test-fixtures';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('fix instants', () => {
  it('puts H.10 observations at noon New York, across the March DST change', () => {
    expect(iso(fixInstant(day('2024-03-08'), 'snapshot'))).toBe('2024-03-08T17:00:00.000Z'); // EST
    expect(iso(fixInstant(day('2024-03-11'), 'snapshot'))).toBe('2024-03-11T16:00:00.000Z'); // EDT
    expect(iso(fixInstant(day('2024-11-04'), 'snapshot'))).toBe('2024-11-04T17:00:00.000Z'); // EST again
  });
  it('puts ECB observations at 14:15 Frankfurt, with Europe’s own DST date', () => {
    expect(iso(fixInstant(day('2024-03-29'), 'ecb'))).toBe('2024-03-29T13:15:00.000Z'); // CET
    expect(iso(fixInstant(day('2024-04-02'), 'ecb'))).toBe('2024-04-02T12:15:00.000Z'); // CEST
  });
  it('has no instant for an imported CSV (date-only)', () => {
    expect(fixInstant(day('2024-03-08'), 'csv')).toBeNull();
  });
  it('converts an announcement in its own zone', () => {
    expect(iso(announcementInstant(ev('e-1', '2025-11-04', { time: '09:00' })))).toBe('2025-11-04T00:00:00.000Z');
    expect(iso(announcementInstant(ev('e-2', '2024-07-02', { time: '13:00', timezone: 'America/New_York' })))).toBe(
      '2024-07-02T17:00:00.000Z',
    );
    expect(announcementInstant(ev('e-3', '2025-11-04'))).toBeNull();
  });
});

describe('event anchor', () => {
  it('holds the announcement instant, the event’s date and the start of that date in its zone', () => {
    const e = ev('e-1', '2025-11-04', { time: '09:00' }); // 09:00 KST = 00:00 UTC
    // 2025-11-04 00:00 KST = 2025-11-03 15:00 UTC (Seoul is UTC+9, no DST)
    expect(eventAnchor(e)).toEqual({ instant: Date.UTC(2025, 10, 4, 0, 0), day: day('2025-11-04'), dayStart: Date.UTC(2025, 10, 3, 15, 0) });
    // date-only: no instant; 2025-11-04 00:00 in New York (EST, UTC−5) = 05:00 UTC
    expect(eventAnchor(ev('e-2', '2025-11-04', { timezone: 'America/New_York' }))).toEqual({
      instant: null,
      day: day('2025-11-04'),
      dayStart: Date.UTC(2025, 10, 4, 5, 0),
    });
  });
  it('is memoised per timing, and follows a changed time', () => {
    const e = ev('e-1', '2025-11-04', { time: '09:00' });
    expect(eventAnchor(e)).toBe(eventAnchor({ ...e }));
    e.time = '00:30'; // 2025-11-03 15:30 UTC
    expect(eventAnchor(e).instant).toBe(Date.UTC(2025, 10, 3, 15, 30));
  });
  it('rejects a date that is not real', () => {
    expect(() => eventAnchor(ev('e-1', '2025-02-30'))).toThrow(/real date/);
  });
});
