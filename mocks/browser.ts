import { setupWorker, type StartOptions } from 'msw/browser';
import { MSW_SCENARIO_KEY, MSW_SCENARIO_PARAM, isFrankfurterScenario } from './fixtures/frankfurter-responses.mjs';
import { handlers } from './handlers';

/**
 * MSW in the browser, for `npm run dev:mock` only (imported dynamically from
 * src/app/main.tsx when import.meta.env.MODE === 'mock', so it never reaches a
 * production bundle). Static files (data/*.json) are served by Vite as usual.
 */
export const worker = setupWorker(...handlers);

export const startOptions: StartOptions = {
  onUnhandledRequest: 'bypass',
  serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  quiet: false,
};

/**
 * A `?msw=<scenario>` in the address is remembered in localStorage, since the
 * app rewrites its URL (view state) and would drop the parameter.
 */
export function rememberScenarioFromUrl(): void {
  try {
    const s = new URLSearchParams(window.location.search).get(MSW_SCENARIO_PARAM);
    if (isFrankfurterScenario(s)) window.localStorage.setItem(MSW_SCENARIO_KEY, s);
  } catch {
    // storage unavailable: the URL parameter still works for this page load
  }
}

/** What main.tsx calls in mock mode. */
export async function startMockWorker(): Promise<void> {
  rememberScenarioFromUrl();
  await worker.start(startOptions);
}
