import { EVENTS_2006_2009 } from './built-in-events-2006-2009';
import { EVENTS_2010_2014 } from './built-in-events-2010-2014';
import { EVENTS_2015_2016 } from './built-in-events-2015-2016';
import { KO_2006_2016 } from './built-in-events-ko-2006-2016';
import { impoliteSummaries } from './ko-register';

const EVENTS = [...EVENTS_2006_2009, ...EVENTS_2010_2014, ...EVENTS_2015_2016];
const HANGUL = /[\uac00-\ud7a3]/;

/** The figures a text states, by kind, so that "25bp" may be written 0.25%p and "USD 30 billion" 300억 달러. */
interface Figures {
  /** Plain numbers as written (an integer without its leading zeros: "09" and "9" are the same figure). */
  plain: Set<string>;
  /** Amounts with a scale word (billion, 억, 만 …) as values. */
  amounts: Set<number>;
  /** Percentage points (25bp = 0.25%p). */
  points: Set<number>;
  /** Clock times as "h:mm". */
  times: Set<string>;
}

const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const toNumber = (s: string) => Number(s.replace(/,/g, ''));
const plainForm = (s: string) => (/^\d+$/.test(s) ? String(Number(s)) : s);
const clock = (h: string, m: string | undefined) => `${Number(h)}:${String(Number(m ?? '0')).padStart(2, '0')}`;
/** Rounded so that 400.9 × 10⁶ and 4억 90만 compare equal. */
const value = (x: number) => Math.round(x * 1e4) / 1e4;

/** Figures of an English summary: scale words (million, billion, trillion), basis points, hh:mm times, plain numbers. */
function englishFigures(text: string): Figures {
  const f: Figures = { plain: new Set(), amounts: new Set(), points: new Set(), times: new Set() };
  const SCALE: Record<string, number> = { trillion: 1e12, billion: 1e9, bn: 1e9, million: 1e6 };
  let rest = text.replace(/\b(\d{1,2}):(\d{2})\b/g, (_, h: string, m: string) => (f.times.add(clock(h, m)), ' '));
  rest = rest.replace(new RegExp(`(${NUM})\\s*(basis points?|bp)\\b`, 'g'), (_, n: string) => (f.points.add(value(toNumber(n) / 100)), ' '));
  rest = rest.replace(new RegExp(`(${NUM})\\s*(trillion|billion|bn|million)\\b`, 'g'), (_, n: string, s: string) => (f.amounts.add(value(toNumber(n) * SCALE[s])), ' '));
  for (const m of rest.matchAll(new RegExp(NUM, 'g'))) f.plain.add(plainForm(m[0]));
  return f;
}

/** Figures of a Korean summary: amounts in 조/억/만 (4억 90만 = 400,900,000), %p or %포인트, 14시 34분 or 14:34, plain numbers. */
function koreanFigures(text: string): Figures {
  const f: Figures = { plain: new Set(), amounts: new Set(), points: new Set(), times: new Set() };
  const UNIT: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };
  // consecutive unit groups in descending order form one amount: "4억 90만", "1조 2,000억"
  const groups = [...text.matchAll(new RegExp(`(${NUM})\\s*(조|억|만)`, 'g'))];
  let sum = 0, end = -1, lastUnit = Infinity;
  for (const m of groups) {
    const unit = UNIT[m[2]];
    const joins = end >= 0 && /^\s*$/.test(text.slice(end, m.index)) && unit < lastUnit;
    if (!joins && end >= 0) f.amounts.add(value(sum));
    sum = (joins ? sum : 0) + toNumber(m[1]) * unit;
    end = m.index + m[0].length;
    lastUnit = unit;
  }
  if (end >= 0) f.amounts.add(value(sum));
  for (const m of text.matchAll(new RegExp(`(${NUM})\\s*%\\s*(?:p|포인트)`, 'g'))) f.points.add(value(toNumber(m[1])));
  for (const m of text.matchAll(/(\d{1,2}):(\d{2})/g)) f.times.add(clock(m[1], m[2]));
  for (const m of text.matchAll(/(\d{1,2})시(?:\s*(\d{1,2})분)?/g)) f.times.add(clock(m[1], m[2]));
  for (const m of text.matchAll(new RegExp(NUM, 'g'))) f.plain.add(plainForm(m[0]));
  return f;
}

/** The English figures the Korean text does not state (a plain English number may also be a Korean 만/억 amount: 100,000 = 10만). */
function missingFigures(english: string, korean: string): string[] {
  const en = englishFigures(english);
  const ko = koreanFigures(korean);
  return [
    ...[...en.plain].filter((n) => !ko.plain.has(n) && !ko.amounts.has(value(toNumber(n)))),
    ...[...en.amounts].filter((n) => !ko.amounts.has(n)).map((n) => `amount ${n}`),
    ...[...en.points].filter((n) => !ko.points.has(n)).map((n) => `${n} percentage points`),
    ...[...en.times].filter((t) => !ko.times.has(t)).map((t) => `time ${t}`),
  ];
}

describe('the figure check itself', () => {
  it('reads basis points as percentage points, scale words as amounts and hh:mm as times', () => {
    expect(missingFigures('a 25bp cut to 1.50% on 9 June', '6월 9일 0.25%p 인하해 1.50%로')).toEqual([]);
    expect(missingFigures('USD 400.9 million or 7.5 million tonnes', '4억 90만 달러 또는 750만 톤')).toEqual([]);
    expect(missingFigures('up to USD 100 billion; 38 trillion won', '최대 1,000억 달러, 38조 원')).toEqual([]);
    expect(missingFigures('at 01:35 GMT (10:35 in Seoul), about 09:00', 'GMT 1시 35분(서울 시각 10:35), 9시께')).toEqual([]);
    expect(missingFigures('remittances over 100,000 yen', '10만 엔을 넘는 송금')).toEqual([]);
  });

  it('reports a figure the Korean lacks or changes', () => {
    expect(missingFigures('a 25bp cut to 1.50%', '0.25%p 인하해 1.5%로')).toEqual(['1.50']);
    expect(missingFigures('a 25bp cut', '25% 인하')).toEqual(['0.25 percentage points']);
    expect(missingFigures('USD 30 billion', '30억 달러')).toEqual(['amount 30000000000']);
    expect(missingFigures('at 14:34', '14시에')).toEqual(['time 14:34']);
    expect(missingFigures('Resolution 2270 and 54,700 workers', '결의 제2270호와 근로자 5만 명')).toEqual(['54,700']);
  });
});

describe('Korean titles and summaries of the built-in events 2006–2016', () => {
  it('has a Korean entry for every event of 2006–2016', () => {
    const missing = EVENTS.map((e) => e.id).filter((id) => !(id in KO_2006_2016));
    expect(missing, `events without Korean text: ${missing.join(', ')}`).toEqual([]);
  });

  it('has no entry that is not an event of 2006–2016', () => {
    const ids = new Set(EVENTS.map((e) => e.id));
    const stray = Object.keys(KO_2006_2016).filter((id) => !ids.has(id));
    expect(stray, `Korean entries without an event: ${stray.join(', ')}`).toEqual([]);
  });

  it('writes every title and summary in Korean (not empty, with Hangul, a short headline)', () => {
    const bad = Object.entries(KO_2006_2016).flatMap(([id, { title, summary }]) => [
      ...(!title.trim() || !HANGUL.test(title) ? [`${id}: title`] : []),
      ...(!summary.trim() || !HANGUL.test(summary) ? [`${id}: summary`] : []),
      ...(title.length > 45 ? [`${id}: title of ${title.length} characters`] : []),
    ]);
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('writes every summary sentence in the -ㅂ니다 register', () => {
    const bad = impoliteSummaries(KO_2006_2016);
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('states every figure of the English summary in the Korean summary', () => {
    const gaps = EVENTS.flatMap((e) => {
      const ko = KO_2006_2016[e.id];
      if (!ko) return [];
      const missing = missingFigures(e.summary ?? '', ko.summary);
      return missing.length ? [`${e.id}: ${missing.join(', ')}`] : [];
    });
    expect(gaps, gaps.join('\n')).toEqual([]);
  });
});
