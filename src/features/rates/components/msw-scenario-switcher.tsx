import { useState } from 'react';
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

const LABELS: Record<(typeof MSW_SCENARIOS)[number], string> = {
  normal: 'normal (real ECB figures, Jul–Sep 2024)',
  slow: 'slow (12 s: times out)',
  '500': 'HTTP 500',
  '503': 'HTTP 503 + Retry-After',
  '429': 'HTTP 429 + Retry-After',
  malformed: 'malformed JSON',
  empty: 'empty range (404 not found)',
  offline: 'no network',
};

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
      aria-label="Mock API"
      style={{ position: 'fixed', right: 8, bottom: 8, zIndex: 1000, padding: '4px 8px', font: '12px system-ui', background: '#fffbe6', border: '1px solid #d4b106', borderRadius: 4 }}
    >
      <label>
        Mock Frankfurter:{' '}
        <select aria-label="Mock Frankfurter scenario" value={value} onChange={(e) => apply(e.target.value, true)}>
          {MSW_SCENARIOS.map((s) => (
            <option key={s} value={s}>
              {LABELS[s]}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" onClick={() => apply(value, true)} title="Remove the cached ECB rates and reload">
        Forget cached ECB rates
      </button>
    </div>
  );
}
