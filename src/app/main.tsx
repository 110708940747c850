import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './app-shell';
import { installAutomationHook } from './bench-hook';
import { Providers } from './providers';
import './styles.css';

async function start() {
  if (import.meta.env.MODE === 'mock') {
    const { worker } = await import('../../mocks/browser');
    await worker.start({ onUnhandledRequest: 'bypass' });
  }
  installAutomationHook();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers>
        <AppShell />
      </Providers>
    </StrictMode>,
  );
}

void start();
