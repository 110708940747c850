import { isoDateInZone } from './units';

describe('isoDateInZone', () => {
  it('gives the calendar date in the zone, across midnight and daylight saving', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Berlin (UTC+1) and in Seoul, still 31 Dec in New York.
    const t = new Date('2023-12-31T23:30:00Z');
    expect(isoDateInZone(t, 'Europe/Berlin')).toBe('2024-01-01');
    expect(isoDateInZone(t, 'Asia/Seoul')).toBe('2024-01-01');
    expect(isoDateInZone(t, 'America/New_York')).toBe('2023-12-31');
    // Summer time: 22:30 UTC on 30 Jun is 00:30 on 1 Jul in Berlin (UTC+2).
    expect(isoDateInZone(new Date('2024-06-30T22:30:00Z'), 'Europe/Berlin')).toBe('2024-07-01');
    expect(isoDateInZone(new Date('2024-06-30T21:30:00Z'), 'Europe/Berlin')).toBe('2024-06-30');
  });
});
