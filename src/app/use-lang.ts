import { useEffect } from 'react';
import { activateLang, browserLang, htmlLang, type Lang } from '../i18n';
import { useViewStore } from '../lib/view-store';

/** The UI language: the link's or the toggle's choice (`lang`), else the browser's. */
export function effectiveLang(chosen: Lang | null): Lang {
  return chosen ?? browserLang(typeof navigator === 'undefined' ? undefined : navigator.languages);
}

/** The language the store's view asks for, at start (before the first render). */
export function startLang(): Lang {
  return effectiveLang(useViewStore.getState().view.lang);
}

/** Keeps the UI language and `<html lang>` in step with the view (the toggle switches without a reload). */
export function useLangSync(): Lang {
  const lang = effectiveLang(useViewStore((s) => s.view.lang));
  useEffect(() => {
    let live = true;
    activateLang(lang).then(
      () => {
        if (live) document.documentElement.lang = htmlLang(lang);
      },
      // The Korean chunk did not load (e.g. the site was updated under an open page): stay as is.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return lang;
}
