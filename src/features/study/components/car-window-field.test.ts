import { activateLang, translate } from '../../../i18n';
import { parseCarText } from './car-window-field';

describe('parseCarText', () => {
  afterEach(() => activateLang('en'));

  it('reads a,b (spaces and a typographic minus allowed) and nothing as no window', () => {
    expect(parseCarText(' −3 , 3 ')).toEqual({ ok: true, car: [-3, 3] });
    expect(parseCarText('')).toEqual({ ok: true, car: null });
  });

  it('says what is wrong as a message, in English and in Korean', async () => {
    const bad = parseCarText('5,2');
    const range = parseCarText('-20,5');
    const word = parseCarText('abc');
    if (bad.ok || range.ok || word.ok) throw new Error('expected errors');
    expect(translate(bad.message)).toBe('The window starts after it ends (a = 5 > b = 2): type a ≤ b.');
    expect(translate(range.message)).toBe('Use -10 ≤ a ≤ b ≤ 60 (observations from T0; the estimation window ends at T0−11).');
    await activateLang('ko');
    expect(translate(bad.message)).toBe('이벤트 창의 시작이 끝보다 늦습니다(a = 5 > b = 2). a ≤ b가 되도록 입력하십시오.');
    expect(translate(range.message)).toBe('-10 ≤ a ≤ b ≤ 60 범위로 입력하십시오(T0 기준 관측치 수이며, 추정 구간은 T0−11에서 끝납니다).');
    expect(translate(word.message)).toBe('“abc”: 이벤트 창 형식이 아닙니다. 정수 두 개를 a,b 형식으로 입력하십시오(예: 0,10 또는 -3,3).');
  });
});
