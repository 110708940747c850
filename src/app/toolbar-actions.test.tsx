// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetUserEventsStore } from '../features/user-data/store/user-events-store';
import { DEFAULT_VIEW } from '../lib/url-state';
import { ToolbarActions } from './toolbar-actions';
import type { Dashboard } from './use-dashboard';

/** The parts of the dashboard the toolbar reads: without rates, or with them. */
function dashboard(withRates: boolean): Dashboard {
  const d = {
    view: DEFAULT_VIEW,
    series: [],
    events: [],
    builtInEvents: [],
    data: { cached: false },
    bundle: withRates ? { source: 'snapshot', asOf: '2024-11-29' } : undefined,
    range: withRates ? { from: 0, to: 1 } : null,
    rangeIso: withRates ? { from: '1970-01-01', to: '1970-01-02' } : null,
  };
  return d as unknown as Dashboard;
}

describe('the toolbar', () => {
  beforeEach(() => {
    localStorage.clear();
    resetUserEventsStore();
  });

  it('keeps a draft in the event form when the rates arrive (the event controls keep their place)', async () => {
    const { rerender } = render(<ToolbarActions d={dashboard(false)} />);
    expect(screen.queryByRole('button', { name: 'Download PNG' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Add event' }));
    await userEvent.type(within(await screen.findByRole('dialog', { name: 'Add event' })).getByLabelText('Title'), 'Draft kept');
    rerender(<ToolbarActions d={dashboard(true)} />);
    expect(screen.getByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
    expect(within(screen.getByRole('dialog', { name: 'Add event' })).getByLabelText('Title')).toHaveValue('Draft kept');
  });
});
