import type { EventInput } from '../model/event-schema';
import { EVENTS_2017 } from './built-in-events-2017';
import { EVENTS_2018_2021 } from './built-in-events-2018-2021';
import { EVENTS_2022 } from './built-in-events-2022';
import { EVENTS_2023 } from './built-in-events-2023';
import { EVENTS_2024 } from './built-in-events-2024';
import { EVENTS_2025 } from './built-in-events-2025';
import { KO_2017_2025 } from './built-in-events-ko-2017-2025';
import { impoliteSummaries } from './ko-register';

const EVENTS: EventInput[] = [
  ...EVENTS_2017,
  ...EVENTS_2018_2021,
  ...EVENTS_2022,
  ...EVENTS_2023,
  ...EVENTS_2024,
  ...EVENTS_2025,
];
const HANGUL = /[\uAC00-\uD7A3]/;
/** A number as written: digits with inner separators (1,000 · 1.50 · 09:40 · 8:30). */
const NUMBER = /\d+(?:[.,:]\d+)*/g;

const numbersIn = (text: string): string[] => text.match(NUMBER) ?? [];

/** An amount in Korean units (조, 억, 만), as Korean writes large sums: 620 million → "6억 2,000만"; null below 10,000 or when not whole 만. */
function koreanAmount(value: number): string | null {
  const n = Math.round(value);
  if (n < 10_000 || n % 10_000 !== 0) return null;
  const group = (x: number) => x.toLocaleString('en-US');
  const parts: [number, string][] = [
    [Math.floor(n / 1e12), '조'],
    [Math.floor((n % 1e12) / 1e8), '억'],
    [Math.floor((n % 1e8) / 1e4), '만'],
  ];
  return parts.filter(([x]) => x > 0).map(([x, unit]) => `${group(x)}${unit}`).join(' ');
}

interface WantedNumber {
  /** The number as the English writes it. */
  en: string;
  /** Ways the Korean may write it: the same digits, or the same amount in 만/억 units, or basis points as %p. */
  forms: string[];
}

/** The numbers of an English summary and the Korean spellings that keep each one's value. */
function wantedNumbers(english: string): WantedNumber[] {
  return [...english.matchAll(NUMBER)].map((m) => {
    const token = m[0];
    const after = english.slice(m.index + token.length);
    const value = Number(token.replaceAll(',', ''));
    const forms = [token];
    const scale = /^ ?(million|billion)\b/.exec(after);
    const amount = scale
      ? koreanAmount(value * (scale[1] === 'million' ? 1e6 : 1e9))
      : /^\d{1,3}(,\d{3})+$/.test(token)
        ? koreanAmount(value)
        : null;
    if (amount) forms.push(amount);
    if (/^ ?bp\b/.test(after)) forms.push(`${value / 100}%p`);
    return { en: token, forms };
  });
}

const squeeze = (s: string) => s.replace(/[\s,]/g, '');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');

/** Whether the Korean text writes the number in one of its forms (the exact digits as a whole number, or a unit form not glued to a preceding digit). */
function hasNumber(korean: string, wanted: WantedNumber): boolean {
  if (numbersIn(korean).includes(wanted.en)) return true;
  const flat = squeeze(korean);
  return wanted.forms.slice(1).some((form) => new RegExp(`(?<![\\d.])${escapeRe(squeeze(form))}`).test(flat));
}

describe('number forms (worked by hand)', () => {
  it('writes sums in 만/억/조 as Korean does', () => {
    expect(koreanAmount(620e6)).toBe('6억 2,000만');
    expect(koreanAmount(700e9)).toBe('7,000억');
    expect(koreanAmount(20.5e6)).toBe('2,050만');
    expect(koreanAmount(500_000)).toBe('50만');
    expect(koreanAmount(1.2e12)).toBe('1조 2,000억');
    expect(koreanAmount(1_409)).toBeNull();
  });

  it('accepts only the same value', () => {
    const [usd] = wantedNumbers('USD 620 million of proceeds');
    expect(hasNumber('6억 2,000만 달러', usd)).toBe(true);
    expect(hasNumber('6억2000만 달러', usd)).toBe(true);
    expect(hasNumber('620 million', usd)).toBe(true);
    expect(hasNumber('6억 달러', usd)).toBe(false);
    expect(hasNumber('16억 2,000만 달러', usd)).toBe(false);
    const [bp] = wantedNumbers('a 25bp rise');
    expect(hasNumber('0.25%p 인상', bp)).toBe(true);
    expect(hasNumber('2.5%p 인상', bp)).toBe(false);
    const [rate] = wantedNumbers('to 1.50%');
    expect(hasNumber('1.5%로', rate)).toBe(false);
    expect(hasNumber('1.50%로', rate)).toBe(true);
    const [quarter] = wantedNumbers('0.25%');
    expect(hasNumber('25%', quarter)).toBe(false);
  });
});

describe('Korean texts of the built-in events 2017-2025', () => {
  it('has one entry per event of 2017-2025 and nothing else', () => {
    const ids = EVENTS.map((e) => e.id);
    const missing = ids.filter((id) => !(id in KO_2017_2025));
    const extra = Object.keys(KO_2017_2025).filter((k) => !ids.includes(k));
    expect(missing, `events without Korean text: ${missing.join(', ')}`).toEqual([]);
    expect(extra, `keys that are not event ids of 2017-2025: ${extra.join(', ')}`).toEqual([]);
  });

  it('gives every event a Korean title and summary', () => {
    const bad = Object.entries(KO_2017_2025).flatMap(([id, ko]) =>
      (['title', 'summary'] as const)
        .filter((f) => typeof ko[f] !== 'string' || ko[f].trim() === '' || !HANGUL.test(ko[f]))
        .map((f) => `${id}.${f}`),
    );
    expect(bad, `empty or not Korean: ${bad.join(', ')}`).toEqual([]);
  });

  it('keeps titles headline-length (10-45 characters)', () => {
    const bad = Object.entries(KO_2017_2025)
      .filter(([, ko]) => ko.title.length < 10 || ko.title.length > 45)
      .map(([id, ko]) => `${id} (${ko.title.length}): ${ko.title}`);
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('writes every summary sentence in the -ㅂ니다 register', () => {
    const bad = impoliteSummaries(KO_2017_2025);
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('keeps every number of the English summary in the Korean summary', () => {
    const missing = EVENTS.flatMap((e) => {
      const ko = KO_2017_2025[e.id];
      if (!ko) return [];
      return wantedNumbers(e.summary)
        .filter((w) => !hasNumber(ko.summary, w))
        .map((w) => `${e.id}: ${w.forms.join(' / ')}`);
    });
    expect(missing, `numbers missing from the Korean:\n${missing.join('\n')}`).toEqual([]);
  });
});
