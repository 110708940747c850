/** The UI languages: English and Korean. `lang=en|ko` in a link; ids, codes and CSV columns stay English. */
export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

/** The language for a browser's preferred languages: Korean for `ko` or `ko-*` first, English otherwise. */
export function browserLang(languages: readonly string[] | undefined): Lang {
  const first = languages?.[0]?.toLowerCase() ?? '';
  return first === 'ko' || first.startsWith('ko-') ? 'ko' : 'en';
}

/** The BCP 47 tag for `<html lang>` and Intl: `en` or `ko`. */
export function htmlLang(lang: Lang): string {
  return lang;
}
