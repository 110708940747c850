import { activateLang, translate } from '../i18n/i18n';
import { msg, type MsgValue } from '../i18n/message';
import { dataEndWords } from '../features/timeline/components/no-data-layer';
import type { Lang } from '../i18n/lang';
import { dataEndOf } from './data-end';

// The words the timeline puts on the empty span, in the active language.
const t = (id: string, values?: Record<string, MsgValue>) => translate(msg(id, values));
const words = (end: NonNullable<ReturnType<typeof dataEndOf>>, lang: Lang) => dataEndWords(t, translate, end, lang);

describe('dataEndOf', () => {
  it('names the source, its last date and the ways to get later figures', () => {
    const end = dataEndOf('snapshot', '2024-11-29')!;
    // Without the last observation's instant, the span starts at the end of the last date (UTC).
    expect(end.at).toBe(Date.UTC(2024, 10, 30));
    expect(dataEndOf('snapshot', '2024-11-29', Date.UTC(2024, 10, 29, 17))!.at).toBe(Date.UTC(2024, 10, 29, 17));
    expect(words(end, 'en').label).toBe(
      'No Federal Reserve H.10 figures after 2024-11-29: choose the live ECB source, or run npm run data:update for an offline deployment',
    );
    expect(words(end, 'en').short).toBe('No Federal Reserve H.10 figures after 2024-11-29');
    expect(words(dataEndOf('ecb', '2026-12-01')!, 'en').label).toMatch(/^No ECB reference rates figures after 2026-12-01: /);
  });
  it('says it in Korean in the Korean UI', async () => {
    await activateLang('ko');
    try {
      expect(words(dataEndOf('ecb', '2026-12-01')!, 'ko').short).toBe('2026년 12월 1일 이후 ECB 기준환율 자료 없음');
    } finally {
      await activateLang('en');
    }
  });
  it('gives nothing for a date it cannot read', () => {
    expect(dataEndOf('snapshot', 'soon')).toBeNull();
  });
});
