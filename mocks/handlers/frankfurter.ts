import { delay, http, HttpResponse } from 'msw';
import fixtureJson from '../fixtures/frankfurter-v1.json';
import {
  frankfurterResponse,
  isFrankfurterScenario,
  MSW_SCENARIO_KEY,
  MSW_SCENARIO_PARAM,
  type FrankfurterFixture,
  type FrankfurterScenario,
  type ScenarioOptions,
} from '../fixtures/frankfurter-responses.mjs';

/**
 * Frankfurter v1 time series (`GET https://api.frankfurter.dev/v1/{from}..{to}`)
 * answered from mocks/fixtures/frankfurter-v1.json, in one of these scenarios:
 *   normal | slow | 500 | 503 | 429 | malformed | empty | offline
 * Chosen by setFrankfurterScenario() (tests), else in the browser by the URL
 * parameter `msw=` or localStorage `krw-lens:msw-scenario`, else "normal".
 */
export const FRANKFURTER_ORIGIN = 'https://api.frankfurter.dev';
export const frankfurterFixture = fixtureJson as FrankfurterFixture;
export type { FrankfurterScenario, ScenarioOptions };

let override: { scenario: FrankfurterScenario; options: ScenarioOptions } | null = null;

export function setFrankfurterScenario(scenario: FrankfurterScenario, options: ScenarioOptions = {}): void {
  override = { scenario, options };
}

export function resetFrankfurterScenario(): void {
  override = null;
}

/** The scenario asked for in the browser (URL parameter first, then localStorage); null in Node. */
export function browserScenario(): FrankfurterScenario | null {
  if (typeof window === 'undefined') return null;
  try {
    const fromUrl = new URLSearchParams(window.location.search).get(MSW_SCENARIO_PARAM);
    if (isFrankfurterScenario(fromUrl)) return fromUrl;
    const stored = window.localStorage.getItem(MSW_SCENARIO_KEY);
    return isFrankfurterScenario(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function currentFrankfurterScenario(): { scenario: FrankfurterScenario; options: ScenarioOptions } {
  return override ?? { scenario: browserScenario() ?? 'normal', options: {} };
}

export const frankfurterHandlers = [
  http.get(`${FRANKFURTER_ORIGIN}/v1/:range`, async ({ request }) => {
    const { scenario, options } = currentFrankfurterScenario();
    const answer = frankfurterResponse(scenario, frankfurterFixture, request.url, options);
    if (answer.delayMs > 0) await delay(answer.delayMs);
    if (answer.networkError) return HttpResponse.error();
    return new HttpResponse(answer.body, { status: answer.status, headers: answer.headers });
  }),
];
