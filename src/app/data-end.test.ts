import { activateLang, translate } from '../i18n/i18n';
import { dataEndOf } from './data-end';

describe('dataEndOf', () => {
  it('names the source, its last date and the ways to get later figures', () => {
    const end = dataEndOf('snapshot', '2024-11-29')!;
    // Without the last observation's instant, the span starts at the end of the last date (UTC).
    expect(end.at).toBe(Date.UTC(2024, 10, 30));
    expect(dataEndOf('snapshot', '2024-11-29', Date.UTC(2024, 10, 29, 17))!.at).toBe(Date.UTC(2024, 10, 29, 17));
    expect(translate(end.label)).toBe(
      'No Federal Reserve H.10 figures after 2024-11-29: choose the live ECB source, or run npm run data:update for an offline deployment',
    );
    expect(translate(end.short)).toBe('No Federal Reserve H.10 figures after 2024-11-29');
    expect(translate(dataEndOf('ecb', '2026-12-01')!.label)).toMatch(/^No ECB reference rates figures after 2026-12-01: /);
  });
  it('says it in Korean in the Korean UI', async () => {
    await activateLang('ko');
    try {
      expect(translate(dataEndOf('ecb', '2026-12-01')!.short)).toBe('2026-12-01 이후 ECB 기준환율 자료 없음');
    } finally {
      await activateLang('en');
    }
  });
  it('gives nothing for a date it cannot read', () => {
    expect(dataEndOf('snapshot', 'soon')).toBeNull();
  });
});
