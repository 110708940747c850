import { LinguiContext } from '@lingui/react';
import { useCallback, useContext } from 'react';
import { i18n as globalI18n, translate } from './i18n';
import type { Lang } from './lang';
import { msg, type Msg, type MsgValue } from './message';

export interface T {
  /** The catalog message `id` with `values`, in the active language. */
  (id: string, values?: Record<string, MsgValue>): string;
}

/**
 * The active language and its translator; the component re-renders when the language changes.
 * `tm` turns a model's message (`Msg`) into words.
 */
export function useT(): { t: T; tm: (m: Msg | string) => string; lang: Lang } {
  // Under I18nProvider (the app) the view re-renders on a language change; a component rendered
  // alone (a unit test) reads the global instance, English unless a test activated Korean.
  const ctx = useContext(LinguiContext);
  const i18n = ctx?.i18n ?? globalI18n;
  const locale = i18n.locale;
  // `locale` is a dependency so that the functions change (and memoised views update) with the language.
  const t = useCallback<T>((id, values) => translate(msg(id, values), i18n), [i18n, locale]); // eslint-disable-line react-hooks/exhaustive-deps
  const tm = useCallback((m: Msg | string) => translate(m, i18n), [i18n, locale]); // eslint-disable-line react-hooks/exhaustive-deps
  return { t, tm, lang: locale === 'ko' ? 'ko' : 'en' };
}
