import { activateLang, translate } from '../../../i18n';
import type { StudyRow } from '../model';
import { answerOf, readingOf, type ReadingContext } from './reading-text';
import { leftOutMsg, windowPhrase } from './study-text';

function row(p: Partial<StudyRow>): StudyRow {
  return {
    group: 'provocation', window: { a: 0, b: 0 }, n: 3, leftOut: {}, meanCar: 1, medianCar: 1, sdCar: 0.5, ciLow: null, ciHigh: null, sharePositive: 1,
    t: 3.46, pT: 0.074, tBmp: null, pBmp: null, pSign: null, zRank: null, pRank: null, pPlacebo: null, placeboMiss: null, q: 0.21, ...p,
  };
}

const ctx: ReadingContext = { pairLabel: 'USD/KRW', krw: true, model: 'market', tests: { tested: 4, untested: 0 }, exclOverlap: false };

describe('the reading of a row, as messages', () => {
  afterEach(() => activateLang('en'));

  it('is a message, not a sentence: the view translates it', () => {
    const r = readingOf(row({}), undefined, 0, ctx);
    expect(r.sentence.id).toBe('study.reading.market.up');
    expect(translate(r.sentence)).toBe('Across 3 provocations, USD/KRW rose on average 1.00 % more than the regional basket predicts on the day (T0), a weaker won (p = 0.074; q = 0.210 after 4 tests).');
    expect(r.notes.map((n) => translate(n))).toEqual(['Only 3 provocations: with fewer than 10 events one event can make the result; read it as a hint, not an answer.']);
  });

  it('reads in Korean: the count with 건, the direction, the won and the number of tests', async () => {
    await activateLang('ko');
    const down = readingOf(row({ meanCar: -0.5, n: 1, pT: null, q: null, window: { a: 0, b: 5 } }), undefined, 0, { ...ctx, model: 'mean', pairLabel: '원/달러' });
    expect(translate(down.sentence)).toBe('도발 1건에서 T0부터 T0+5까지 원/달러의 수익률은 평상시(추정 구간 평균)보다 평균 0.50 % 낮았습니다(원화 강세; 이벤트가 2건 미만이어서 검정하지 않음).');
    expect(translate(down.notes[0])).toMatch(/^도발 1건뿐입니다\. 이벤트가 10건 미만이면/);
    const up = readingOf(row({ group: 'all', n: 12 }), undefined, 0, { ...ctx, model: 'raw', tests: { tested: 3, untested: 2 } });
    expect(translate(up.sentence)).toBe('조회 중인 이벤트 12건에서 당일(T0) USD/KRW의 평균 상승률은 1.00 %였습니다(원화 약세; p = 0.074; q = 0.210, 검정 3회 기준, 그룹 × 이벤트 창 5개 행 중 2개는 검정 없음).');
    expect(up.notes).toEqual([]);
  });

  it('says in Korean whether the answer changes without the overlapping events', async () => {
    await activateLang('ko');
    const r = readingOf(row({ pT: 0.01 }), row({ n: 2, pT: 0.3, meanCar: 0.75 }), 1, ctx);
    expect(translate(r.notes[1])).toBe('겹치는 이벤트 1건을 제외하면(N = 2): +0.75 %, p = 0.300 — 결론이 달라집니다: 유의함(p < 0.05), 상승 대신 유의수준 0.05에서 유의하지 않음.');
  });

  it('words the events left out, in each language', async () => {
    const m = leftOutMsg({ 'no-t0': 2, 'too-few-estimation-returns': 1, 'missing-ar': 0 })!;
    expect(translate(m)).toBe('3 left out: 2 — no T0 in the series (before its first or after its last observation); 1 — fewer than 120 returns in its estimation window (T0−250 … T0−11)');
    expect(leftOutMsg({ 'no-fit': 0 })).toBeNull();
    await activateLang('ko');
    expect(translate(m)).toBe('3건 제외: 2건 — 시계열에 T0가 없음(첫 관측치 이전 또는 마지막 관측치 이후); 1건 — 추정 구간(T0−250 … T0−11)의 수익률이 120개 미만');
    expect(translate(windowPhrase({ a: -5, b: -1 }))).toBe('T0 직전 관측치 5개 동안');
    expect(translate(windowPhrase({ a: -3, b: 3 }))).toBe('T0−3 … T0+3 구간');
  });

  it('answers by p < 0.05 of t', () => {
    expect(answerOf(row({ pT: 0.01, meanCar: -1 }))).toBe('down');
    expect(answerOf(row({ pT: 0.2 }))).toBe('none');
    expect(answerOf(row({ pT: null }))).toBe('untested');
  });
});
