import { I18nProvider } from '@lingui/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { i18n } from '../i18n/i18n';
import { makeQueryClient } from '../lib/query-client';

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [qc] = useState(() => client ?? makeQueryClient());
  return (
    <I18nProvider i18n={i18n}>
      <ErrorBoundary area="area.page">
        <QueryClientProvider client={qc}>{children}</QueryClientProvider>
      </ErrorBoundary>
    </I18nProvider>
  );
}
