import { i18n, type I18n, type Messages } from '@lingui/core';
import { messages as en } from './catalog-en';
import type { Lang } from './lang';
import { isMsg, type Msg, type MsgValue } from './message';

i18n.load('en', en);
i18n.activate('en');

const loaded = new Set<Lang>(['en']);

/**
 * Areas whose messages load with their lazy section after the first paint (the reactions'
 * methodology and the event study's help are the longest texts of the app), in each language.
 */
export type LazyArea = 'reactions' | 'study';
type Catalog = Promise<{ messages: Messages }>;
const LAZY: Record<Lang, Record<LazyArea, () => Catalog>> = {
  en: { reactions: () => import('./locales/en/reactions.po'), study: () => import('./locales/en/study.po') },
  ko: { reactions: () => import('./locales/ko/reactions.po'), study: () => import('./locales/ko/study.po') },
};
/** The lazy areas the page has asked for (a language switch loads them in the new language too). */
const wanted = new Set<LazyArea>();
const areaLoads = new Map<string, Promise<void>>();

function loadArea(area: LazyArea, lang: Lang): Promise<void> {
  const key = `${lang}:${area}`;
  let p = areaLoads.get(key);
  if (!p) {
    p = LAZY[lang][area]().then(({ messages }) => i18n.load(lang, messages));
    p.catch(() => areaLoads.delete(key));
    areaLoads.set(key, p);
  }
  return p;
}

/** Loads the messages of lazy areas (in the active language) before their section renders. */
export async function loadAreas(areas: readonly LazyArea[]): Promise<void> {
  areas.forEach((a) => wanted.add(a));
  await Promise.all(areas.map((a) => loadArea(a, currentLang())));
}

/** Loads a language's messages (Korean: its own chunk, once). */
export async function loadLang(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  const { messages } = await import('./catalog-ko');
  i18n.load('ko', messages);
  loaded.add(lang);
}

/** Makes `lang` the UI language (loading it first when needed); views re-render through I18nProvider. */
export async function activateLang(lang: Lang): Promise<void> {
  await Promise.all([loadLang(lang), ...[...wanted].map((a) => loadArea(a, lang))]);
  if (i18n.locale !== lang) i18n.activate(lang);
}

export function currentLang(): Lang {
  return i18n.locale === 'ko' ? 'ko' : 'en';
}

function valuesOf(inst: I18n, values: Msg['values']): Record<string, string | number> | undefined {
  if (!values) return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) out[k] = isMsg(v) ? translate(v, inst) : (v as Exclude<MsgValue, Msg>);
  return out;
}

/** A message in the active language (nested messages in its values first). */
export function translate(m: Msg | string, inst: I18n = i18n): string {
  if (typeof m === 'string') return m;
  return inst._(m.id, valuesOf(inst, m.values));
}

export { i18n };
