import { i18n, type I18n } from '@lingui/core';
import { messages as en } from './catalog-en';
import type { Lang } from './lang';
import { isMsg, type Msg, type MsgValue } from './message';

i18n.load('en', en);
i18n.activate('en');

const loaded = new Set<Lang>(['en']);

/** Loads a language's messages (Korean: its own chunk, once). */
export async function loadLang(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  const { messages } = await import('./catalog-ko');
  i18n.load('ko', messages);
  loaded.add(lang);
}

/** Makes `lang` the UI language (loading it first when needed); views re-render through I18nProvider. */
export async function activateLang(lang: Lang): Promise<void> {
  await loadLang(lang);
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
