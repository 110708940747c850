// Generators of valid user events for the property tests (synthetic, never real events).
import fc from 'fast-check';
import { CATEGORIES } from '../../../config/categories';
import type { KrwEvent } from '../../events/model/event-schema';

/** Today for every run (no wall clock): imports take dates 1900-01-01 … five years after it. */
export const PROPS_TODAY = '2026-05-15';

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(1900, 0, 1) / DAY_MS;
const LAST = Date.UTC(2031, 4, 15) / DAY_MS;

/**
 * Text people type, with what makes CSV and spreadsheets hard: commas, quotes, line breaks (LF,
 * CRLF), formula starts (= + - @ and apostrophes before them), Hangul, an emoji, TAB inside.
 * Trimmed (the importer trims), at least `min` characters.
 */
export function eventText(min: number, maxPieces = 6): fc.Arbitrary<string> {
  const piece = fc.constantFrom('a', 'Zq', ' ', ',', '"', '""', '\n', '\r\n', '\t', '=', '+1', '-', '@', "'", "'=", '한국', '😀', ';', '|', 'x y', '.', 'é');
  return fc
    .array(piece, { minLength: 0, maxLength: maxPieces })
    .map((p) => `${p.join('')}`.trim())
    .map((s) => (s.length >= min ? s : `${s}${'abc'.slice(0, min - s.length)}`.trim()))
    .filter((s) => [...s].length >= min); // characters (code points), as the schema counts them
}

/** A tag: no `;` or `|` (the separators) and trimmed. */
const tag = eventText(1, 3).map((s) => s.replace(/[;|]/g, '').trim()).filter((s) => s.length > 0);

export const eventArb: fc.Arbitrary<KrwEvent> = fc
  .record(
    {
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{2,20}$/),
      date: fc.integer({ min: FIRST, max: LAST }).map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10)),
      time: fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`), { nil: undefined }),
      timezone: fc.constantFrom('Asia/Seoul', 'America/New_York', 'Europe/Berlin', 'UTC', 'Asia/Tokyo'),
      category: fc.constantFrom(...CATEGORIES),
      actor: eventText(0, 3),
      title: eventText(3),
      summary: eventText(0),
      source_url: fc.constantFrom('', 'https://example.org/a', 'http://example.kr/x?a=1&b=2', 'https://example.org/a,b'),
      tags: fc.option(fc.uniqueArray(tag, { minLength: 1, maxLength: 3 }), { nil: undefined }),
      importance: fc.option(fc.constantFrom(1 as const, 2 as const, 3 as const), { nil: undefined }),
      title_ko: fc.option(eventText(1), { nil: undefined }),
      summary_ko: fc.option(eventText(1), { nil: undefined }),
    },
    { requiredKeys: ['id', 'date', 'timezone', 'category', 'actor', 'title', 'summary', 'source_url'] },
  )
  .map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as unknown as KrwEvent);

/** Events with distinct ids (and distinct date + title, which an import without ids would take for repeats). */
export const eventsArb = (maxLength: number) =>
  fc.uniqueArray(eventArb, { selector: (e) => e.id, maxLength }).map((es) => {
    const seen = new Set<string>();
    return es.filter((e) => {
      const k = `${e.date}|${e.title}`;
      return !seen.has(k) && (seen.add(k), true);
    });
  });
