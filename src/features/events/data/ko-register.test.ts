import { impoliteSummaries, isPoliteSummary } from './ko-register';

describe('the -ㅂ니다 register check (worked by hand)', () => {
  it('accepts polite sentences, a closing parenthesis and quoted -다 forms', () => {
    expect(isPoliteSummary('기준금리를 낮췄습니다. 첫 인하였습니다.')).toBe(true);
    expect(isPoliteSummary('결의안에 거부권을 행사했습니다(찬성 13, 중국 기권). 정확한 시각은 기록되어 있지 않습니다.')).toBe(true);
    expect(isPoliteSummary('원화가 약세를 보였습니다. (이 이벤트의 날짜는 발표일 기준입니다.)')).toBe(true);
    expect(isPoliteSummary('발사됐다고 밝혔습니다(한국과 일본은 같은 시간대를 씁니다). 모두 바다에 떨어졌습니다.')).toBe(true);
    expect(isPoliteSummary('수출을 금지했습니다(한국 시각 12월 1일)')).toBe(false);
    expect(isPoliteSummary('수출을 금지했습니다')).toBe(false);
  });

  it('rejects a news-style -다 sentence anywhere in the summary', () => {
    expect(isPoliteSummary('기준금리를 낮췄다.')).toBe(false);
    expect(isPoliteSummary('기준금리를 낮췄다. 첫 인하였습니다.')).toBe(false);
    expect(isPoliteSummary('이행하는 조치다. 발표 시각은 기록돼 있지 않습니다.')).toBe(false);
    expect(isPoliteSummary('발사됐다고 밝혔다(한국과 일본은 같은 시간대를 쓴다). 모두 바다에 떨어졌습니다.')).toBe(false);
    expect(isPoliteSummary('발사됐다고 밝혔습니다(한국과 일본은 같은 시간대를 쓴다). 모두 바다에 떨어졌습니다.')).toBe(false);
  });

  it('lists the entries that fail, by id', () => {
    const texts = {
      a: { title: '가', summary: '낮췄습니다.' },
      b: { title: '나', summary: '낮췄다.' },
    };
    expect(impoliteSummaries(texts)).toEqual(['b: 낮췄다.']);
  });
});
