import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './app-shell';
import { installAutomationHook } from './bench-hook';
import { Providers } from './providers';
import { applyUrlToStore } from './use-url-sync';
import { makeQueryClient } from '../lib/query-client';
import { snapshotQueryOptions } from '../features/rates/api/get-snapshot';
import { builtInEventsQueryOptions } from '../features/events/api/get-built-in-events';
import './styles.css';

const queryClient = makeQueryClient();
// First-paint data starts loading now, in parallel with the chart chunk, not after the first render.
void queryClient.prefetchQuery(snapshotQueryOptions());
void queryClient.prefetchQuery(builtInEventsQueryOptions());

async function start() {
  if (import.meta.env.MODE === 'mock') {
    const { startMockWorker } = await import('../../mocks/browser');
    await startMockWorker();
  }
  installAutomationHook();
  applyUrlToStore();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers client={queryClient}>
        <AppShell />
      </Providers>
    </StrictMode>,
  );
  if (import.meta.env.MODE === 'mock') {
    const { MswScenarioSwitcher } = await import('../features/rates/components/msw-scenario-switcher');
    createRoot(document.body.appendChild(document.createElement('div'))).render(<MswScenarioSwitcher />);
  }
}

void start();
