import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { ECB_CACHE_KEY } from '../api/ecb-cache';

/**
 * Dev-only control for `npm run dev:mock`: picks how the mocked Frankfurter API
 * answers, then reloads. Mount it only when import.meta.env.MODE === 'mock'.
 * It does not import MSW; the scenario list mirrors FRANKFURTER_SCENARIOS in
 * mocks/fixtures/frankfurter-responses.mjs (a test keeps them equal).
 */
export const MSW_SCENARIOS = ['normal', 'slow', '500', '503', '429', 'malformed', 'empty', 'offline'] as const;
export const MSW_SCENARIO_STORAGE_KEY = 'krw-lens:msw-scenario';
const PARAM = 'msw';

function readScenario(): string {
  try {
    return new URLSearchParams(window.location.search).get(PARAM) ?? localStorage.getItem(MSW_SCENARIO_STORAGE_KEY) ?? 'normal';
  } catch {
    return 'normal';
  }
}

/** The current address without `msw=` (it would override the stored choice). */
function addressWithoutParam(): string {
  const u = new URL(window.location.href);
  u.searchParams.delete(PARAM);
  return u.toString();
}

export function MswScenarioSwitcher({ navigate = (url: string) => window.location.assign(url) }: { navigate?: (url: string) => void }) {
  const { t } = useT();
  const [value] = useState(readScenario);
  const apply = (scenario: string, forgetCache: boolean) => {
    try {
      localStorage.setItem(MSW_SCENARIO_STORAGE_KEY, scenario);
      if (forgetCache) localStorage.removeItem(ECB_CACHE_KEY);
    } catch {
      // storage unavailable: nothing to remember
    }
    navigate(addressWithoutParam());
  };
  return (
    <div
      className="msw-switcher"
      role="group"
      aria-label={t('rates.msw.group')}
      style={{ position: 'fixed', right: 8, bottom: 8, zIndex: 1000, padding: '4px 8px', font: '12px system-ui', background: '#fffbe6', border: '1px solid #d4b106', borderRadius: 4 }}
    >
      <label>
        {t('rates.msw.label')}{' '}
        <select aria-label={t('rates.msw.scenario')} value={value} onChange={(e) => apply(e.target.value, true)}>
          {MSW_SCENARIOS.map((s) => (
            <option key={s} value={s}>
              {t(`rates.msw.scenario.${s}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" onClick={() => apply(value, true)} title={t('rates.msw.forgetTitle')}>
        {t('rates.msw.forget')}
      </button>
    </div>
  );
}
