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
  it('uses the announcement’s date in the source’s zone for a timed event', () => {
    const e = ev('e-1', '2025-11-04', { time: '09:00' }); // 2025-11-03 19:00 in New York, after its noon fix
    const instant = Date.UTC(2025, 10, 4, 0, 0);
    expect(eventAnchor(e, 'snapshot')).toEqual({ day: day('2025-11-03'), sameDay: false, instant });
    // 01:00 in Frankfurt, before its 14:15 fix
    expect(eventAnchor(e, 'ecb')).toEqual({ day: day('2025-11-04'), sameDay: true, instant });
  });
  it('counts an announcement exactly at the fix as at-or-after', () => {
    const e = ev('e-1', '2025-11-04', { time: '12:00', timezone: 'America/New_York' });
    expect(eventAnchor(e, 'snapshot').sameDay).toBe(true);
    expect(eventAnchor({ ...e, time: '12:01' }, 'snapshot').sameDay).toBe(false);
  });
  it('uses the event’s own date for a date-only event or a source without a fix time', () => {
    expect(eventAnchor(ev('e-1', '2025-11-04'), 'snapshot')).toEqual({ day: day('2025-11-04'), sameDay: true, instant: null });
    expect(eventAnchor(ev('e-2', '2025-11-04', { time: '23:00' }), 'csv')).toEqual({ day: day('2025-11-04'), sameDay: true, instant: null });
  });
  it('is memoised per event and source, and follows a changed time', () => {
    const e = ev('e-1', '2025-11-04', { time: '09:00' });
    expect(eventAnchor(e, 'snapshot')).toBe(eventAnchor(e, 'snapshot'));
    expect(eventAnchor(e, 'ecb')).not.toBe(eventAnchor(e, 'snapshot'));
    e.time = '00:30'; // 2025-11-03 10:30 in New York (EST), before the fix
    expect(eventAnchor(e, 'snapshot')).toEqual({ day: day('2025-11-03'), sameDay: true, instant: Date.UTC(2025, 10, 3, 15, 30) });
  });
  it('rejects a date that is not real', () => {
    expect(() => eventAnchor(ev('e-1', '2025-02-30'), 'snapshot')).toThrow(/real date/);
  });
});
