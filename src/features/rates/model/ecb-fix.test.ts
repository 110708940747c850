import { ecbFreshForMs, nextEcbFix, nextEcbPublication } from './ecb-fix';

const at = (iso: string) => new Date(iso);

describe('next ECB fix (14:15 Europe/Berlin, weekdays)', () => {
  it('is today at 14:15 when that is still ahead (CEST: 12:15 UTC)', () => {
    expect(nextEcbFix(at('2024-09-24T08:00:00Z')).toISOString()).toBe('2024-09-24T12:15:00.000Z');
  });
  it('is the next weekday once today has fixed', () => {
    expect(nextEcbFix(at('2024-09-24T12:15:00Z')).toISOString()).toBe('2024-09-25T12:15:00.000Z');
  });
  it('skips the weekend', () => {
    expect(nextEcbFix(at('2024-09-27T13:00:00Z')).toISOString()).toBe('2024-09-30T12:15:00.000Z');
    expect(nextEcbFix(at('2024-09-28T10:00:00Z')).toISOString()).toBe('2024-09-30T12:15:00.000Z');
  });
  it('follows winter time (CET: 13:15 UTC) and the Berlin date, not the UTC date', () => {
    expect(nextEcbFix(at('2024-12-02T09:00:00Z')).toISOString()).toBe('2024-12-02T13:15:00.000Z');
    // Friday 23:30 UTC is already Saturday in Berlin.
    expect(nextEcbFix(at('2024-11-29T23:30:00Z')).toISOString()).toBe('2024-12-02T13:15:00.000Z');
    // The day after the switch to summer time.
    expect(nextEcbFix(at('2025-03-31T06:00:00Z')).toISOString()).toBe('2025-03-31T12:15:00.000Z');
  });
});

describe('freshness', () => {
  it('waits for the publication after the fix, even between fix and publication', () => {
    // 15:00 Berlin on Tuesday: today's figures are fixed but not yet published (~16:00).
    expect(nextEcbPublication(at('2024-09-24T13:00:00Z')).toISOString()).toBe('2024-09-24T14:00:00.000Z');
    expect(ecbFreshForMs(Date.parse('2024-09-24T13:00:00Z'))).toBe(60 * 60_000);
  });
  it('fetched on Friday evening stays fresh until Monday after publication', () => {
    const fetched = Date.parse('2024-09-27T18:00:00Z');
    expect(fetched + ecbFreshForMs(fetched)).toBe(Date.parse('2024-09-30T14:00:00Z'));
  });
  it('is at least a minute', () => {
    expect(ecbFreshForMs(Date.parse('2024-09-24T13:59:59.500Z'))).toBe(60_000);
  });
  it('never throws: a time the calendar cannot place is fresh for no time', () => {
    for (const ms of [Date.parse('+275760-09-13T00:00:00.000Z'), Date.parse('9999-12-31T00:00:00.000Z') * 10, Number.NaN, Infinity]) {
      expect(ecbFreshForMs(ms)).toBe(0);
    }
  });
});
