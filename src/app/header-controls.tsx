import { SOURCE_CHOICES, type SourceChoice } from '../config/series';
import type { Theme } from '../lib/url-state';
import { useT } from '../i18n/use-t';
import type { Lang } from '../i18n/lang';

export function SourceSelect({ value, onChange }: { value: SourceChoice; onChange: (s: SourceChoice) => void }) {
  const { t } = useT();
  return (
    <label className="inline-field">
      <span>{t('app.source')}</span>
      <select aria-label={t('app.dataSource')} value={value} onChange={(e) => onChange(e.target.value as SourceChoice)}>
        {SOURCE_CHOICES.map((s) => (
          <option key={s} value={s}>
            {t(`app.sourceChoice.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ThemeToggle({ theme, onChange }: { theme: Theme; onChange: (t: Theme) => void }) {
  const { t } = useT();
  const dark = theme === 'dark';
  return (
    <button type="button" aria-label={t(dark ? 'app.theme.toLight' : 'app.theme.toDark')} onClick={() => onChange(dark ? 'light' : 'dark')}>
      {t(dark ? 'app.theme.light' : 'app.theme.dark')}
    </button>
  );
}

/** The header's language switch: shows the other language's name in that language. */
export function LangToggle({ lang, onChange }: { lang: Lang; onChange: (l: Lang) => void }) {
  const { t } = useT();
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  return (
    <button type="button" className="lang-toggle" lang={other} aria-label={t('lang.toggleLabel')} onClick={() => onChange(other)}>
      {t('lang.toggle')}
    </button>
  );
}
