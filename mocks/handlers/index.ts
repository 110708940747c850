import { frankfurterHandlers } from './frankfurter';

/** Handlers shared by the dev browser (mocks/browser.ts) and Vitest (mocks/node.ts). */
export const handlers = [...frankfurterHandlers];

export {
  currentFrankfurterScenario,
  frankfurterFixture,
  resetFrankfurterScenario,
  setFrankfurterScenario,
  type FrankfurterScenario,
} from './frankfurter';
export { staticDataHandlers } from './static-data';
