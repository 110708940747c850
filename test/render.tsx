import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { AppShell } from '../src/app/app-shell';
import { Providers } from '../src/app/providers';

/** The whole app at a URL, with a fresh query client that does not retry. */
export function renderApp(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <Providers client={client}>
      <AppShell />
    </Providers>,
  );
}
