import { SOURCE_CHOICES, type SourceChoice } from '../config/series';
import type { Theme } from '../lib/url-state';
import { useT } from '../i18n/use-t';
import type { Lang } from '../i18n/lang';

const SOURCE_LABELS: Record<SourceChoice, string> = {
  auto: 'Auto (ECB live, else H.10)',
  ecb: 'ECB reference (live)',
  snapshot: 'Federal Reserve H.10 (bundled)',
};

export function SourceSelect({ value, onChange }: { value: SourceChoice; onChange: (s: SourceChoice) => void }) {
  return (
    <label className="inline-field">
      <span>Source</span>
      <select aria-label="Data source" value={value} onChange={(e) => onChange(e.target.value as SourceChoice)}>
        {SOURCE_CHOICES.map((s) => (
          <option key={s} value={s}>
            {SOURCE_LABELS[s]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ThemeToggle({ theme, onChange }: { theme: Theme; onChange: (t: Theme) => void }) {
  return (
    <button type="button" aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'} onClick={() => onChange(theme === 'dark' ? 'light' : 'dark')}>
      {theme === 'dark' ? '☀ Light' : '☾ Dark'}
    </button>
  );
}

/** The header's language switch: shows the other language's name in that language. */
export function LangToggle({ lang, onChange }: { lang: Lang; onChange: (l: Lang) => void }) {
  const { t } = useT();
  return (
    <button type="button" className="lang-toggle" lang={lang === 'ko' ? 'en' : 'ko'} aria-label={t('lang.toggleLabel')} onClick={() => onChange(lang === 'ko' ? 'en' : 'ko')}>
      {t('lang.toggle')}
    </button>
  );
}
