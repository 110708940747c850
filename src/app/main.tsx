import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './app-shell';
import { installAutomationHook } from './bench-hook';
import { Providers } from './providers';
import './styles.css';

async function start() {
  if (import.meta.env.MODE === 'mock') {
    const { startMockWorker } = await import('../../mocks/browser');
    await startMockWorker();
  }
  installAutomationHook();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers>
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
