import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { makeQueryClient } from '../lib/query-client';

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [qc] = useState(() => client ?? makeQueryClient());
  return (
    <ErrorBoundary area="the page">
      <QueryClientProvider client={qc}>{children}</QueryClientProvider>
    </ErrorBoundary>
  );
}
