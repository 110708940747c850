import './start-loading';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './app-shell';
import { installAutomationHook } from './bench-hook';
import { loadFirstView } from './first-view';
import { Providers } from './providers';
import { StartGuard } from './start-guard';
import { startUserEvents, userEventsStarted } from './start-user-events';
import { startLang } from './use-lang';
import { activateLang, i18n } from '../i18n/i18n';
import { applyUrlToStore } from './use-url-sync';
import { makeQueryClient } from '../lib/query-client';
import { startEcbEarly } from '../features/rates/api/get-ecb-rates';
import { useViewStore } from '../lib/view-store';
import './styles.css';

const queryClient = makeQueryClient();
// The URL is applied before anything loads, so that the first requests are the right ones.
applyUrlToStore();
const firstView = loadFirstView(queryClient, useViewStore.getState().view.source);
// A link on live rates asks for them now, not at the first render, which waits for what is below.
// Not with the mock worker (`npm run dev:mock`), which is not listening yet.
if (import.meta.env.MODE !== 'mock' && useViewStore.getState().view.source !== 'snapshot') startEcbEarly(queryClient);
// The stored events load before the first render; the embedded view only reads them.
const userEventsError = startUserEvents(useViewStore.getState().view.embed);
// Korean is a chunk of its own, asked for at once (beside the data); English is in the entry chunk.
const langReady = activateLang(startLang()).catch(() => undefined);

async function start() {
  if (import.meta.env.MODE === 'mock') {
    const { startMockWorker } = await import('../../mocks/browser');
    await startMockWorker();
  }
  // Only in the build for the bench and the end-to-end tests (`npm run build:automation`): in any
  // other build this is `if (false)`, and the hook is left out of the bundle.
  if (import.meta.env.MODE === 'automation') installAutomationHook();
  await firstView;
  await langReady;
  // A large set of stored events is read from IndexedDB meanwhile (at once otherwise).
  const startError = userEventsError ?? (await userEventsStarted());
  document.documentElement.lang = i18n.locale;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers client={queryClient}>
        <StartGuard startError={startError} embed={useViewStore.getState().view.embed}>
          <AppShell />
        </StartGuard>
      </Providers>
    </StrictMode>,
  );
  if (import.meta.env.MODE === 'mock') {
    const { MswScenarioSwitcher } = await import('../features/rates/components/msw-scenario-switcher');
    createRoot(document.body.appendChild(document.createElement('div'))).render(<MswScenarioSwitcher />);
  }
}

void start();
