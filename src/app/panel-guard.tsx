import type { ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { PanelFault } from './panel-fault';

/**
 * One panel behind its own error boundary: a panel that throws shows its error and a Retry that
 * re-mounts only it. In the automation build the end-to-end suite can make a panel throw once
 * (`__krwLens.failPanel(area)`); in any other build that probe is compiled out.
 */
export function PanelGuard({ area, children }: { area: string; children: ReactNode }) {
  return (
    <ErrorBoundary area={area}>
      {import.meta.env.MODE === 'automation' && <PanelFault area={area} />}
      {children}
    </ErrorBoundary>
  );
}
