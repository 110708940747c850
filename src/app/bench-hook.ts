import { useViewStore } from '../lib/view-store';

declare global {
  interface Window {
    /**
     * A tiny automation handle used by the benchmark and end-to-end tests; only in the
     * automation build (`vite build --mode automation`, main.tsx), never in the production dist/.
     */
    __krwLens?: { setRange: (from: string, to: string) => void };
  }
}

export function installAutomationHook(): void {
  window.__krwLens = {
    setRange: (from, to) => useViewStore.getState().setView({ from, to }),
  };
}
