import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages as enEntry } from './catalog-en';
import { messages as koEntry } from './catalog-ko';
import { messages as enReactions } from './locales/en/reactions.po';
import { messages as koReactions } from './locales/ko/reactions.po';
import { messages as enStudy } from './locales/en/study.po';
import { messages as koStudy } from './locales/ko/study.po';

// Every area: the entry catalogs and the ones loaded with the lazy sections.
const en = { ...enEntry, ...enReactions, ...enStudy };
const ko = { ...koEntry, ...koReactions, ...koStudy };

/** The placeholder names of a compiled message (Lingui's compiled form: strings and [name, format?, cases?]). */
function placeholders(compiled: unknown, out = new Set<string>()): Set<string> {
  if (!Array.isArray(compiled)) return out;
  for (const part of compiled) {
    if (!Array.isArray(part)) continue;
    if (typeof part[0] === 'string') out.add(part[0]);
    const cases = part[2];
    if (cases && typeof cases === 'object') for (const c of Object.values(cases)) placeholders(c, out);
  }
  return out;
}

const sorted = (s: Set<string>) => [...s].filter((n) => n !== '#').sort();

describe('message catalogs', () => {
  test('every id is in both catalogs', () => {
    const enIds = Object.keys(en).sort();
    const koIds = Object.keys(ko).sort();
    expect(koIds.filter((id) => !(id in en))).toEqual([]);
    expect(enIds.filter((id) => !(id in ko))).toEqual([]);
    expect(enIds.length).toBeGreaterThan(10);
  });

  test('each message has the same placeholders in English and Korean', () => {
    const differ = Object.keys(en)
      .filter((id) => id in ko)
      .filter((id) => sorted(placeholders(en[id])).join() !== sorted(placeholders(ko[id])).join())
      .map((id) => `${id}: en {${sorted(placeholders(en[id]))}} ko {${sorted(placeholders(ko[id]))}}`);
    expect(differ).toEqual([]);
  });

  test('no Korean message is left empty or in English only', () => {
    const plain = (m: unknown): string => (Array.isArray(m) ? m.filter((p) => typeof p === 'string').join('') : String(m));
    const empty = Object.keys(ko).filter((id) => plain(ko[id]).trim() === '' && plain(en[id]).trim() !== '');
    expect(empty).toEqual([]);
  });

  test('every id the code asks for is in the catalog', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => join('src', f));
    // t('id' …), msg('id' …), { id: 'id' …}, area="id": literal ids only (a computed id is checked where it is built).
    const re = /\b(?:t|msg)\(\s*'([a-zA-Z][\w.-]*)'|\bid: '([a-z][\w-]*\.[\w.-]+)'|\barea="([\w.-]+)"/g;
    const missing: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(re)) {
        const id = m[1] ?? m[2] ?? m[3];
        if (!(id in en)) missing.push(`${f}: ${id}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
