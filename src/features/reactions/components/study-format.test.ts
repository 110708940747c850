import { activateLang, translate } from '../../../i18n/i18n';
import type { RowStudy } from '../model';
import { betaMissText, carMissText, fitMissShort, fitMissText, MODEL_TEXT, switchText } from './study-format';

const noFit = { ok: false, reason: 'too-few-estimation-returns', n: 119 } as const;
const study = (extra: Partial<RowStudy> = {}) => ({ model: 'market', switched: null, fit: noFit, ar0: null, cars: [], ...extra }) as unknown as RowStudy;

describe('study format: messages, not sentences', () => {
  it('returns catalog messages that read as before in English', () => {
    expect(fitMissText(noFit)).toEqual({ id: 'reactions.fitMiss.tooFew', values: { n: 119 } });
    expect(translate(fitMissText(noFit))).toBe('only 119 usable returns in T0−250…T0−11 (120 needed)');
    expect(translate(fitMissShort(noFit))).toBe('119 < 120 returns');
    expect(translate(MODEL_TEXT.market)).toBe('market model: AR = r − (α + β·basket)');
    expect(translate(betaMissText(study({ model: 'raw' } as Partial<RowStudy>)))).toBe("no β: the raw model has none (β is the market model's slope on the regional basket)");
    expect(translate(carMissText(study(), { ok: false, reason: 'outside-series', at: -3 } as never))).toBe('the window runs past the data (T0−3 is before the first observation)');
  });

  describe('in Korean', () => {
    beforeAll(() => activateLang('ko'));
    afterAll(() => activateLang('en'));
    it('says why there is no model or β in Korean', () => {
      expect(translate(fitMissText(noFit))).toBe('T0−250…T0−11 구간의 사용 가능한 수익률이 119개뿐임(120개 필요)');
      expect(translate(switchText('non-usd' as never))).toMatch(/^평균조정모형 적용: 시장모형은 달러 기준 시계열/);
      expect(translate(betaMissText(study({ model: 'mean' } as Partial<RowStudy>)))).toMatch(/^β 없음: 평균조정모형에는 β가 없습니다/);
    });
  });
});
