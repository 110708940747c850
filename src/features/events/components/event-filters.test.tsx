// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EventFilters } from './event-filters';

describe('event filters: an actor no event has', () => {
  it('shows it as chosen (shortened), so that "All actors" clears it', async () => {
    const onChange = vi.fn();
    const actor = 'Z'.repeat(80);
    render(<EventFilters cats={['sanction']} actor={actor} q="" imp={1} actors={['DPRK', 'Japan']} theme="light" onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Filter events by actor' });
    expect(select).toHaveDisplayValue(`${'Z'.repeat(39)}… (no events)`);
    await userEvent.selectOptions(select, 'All actors');
    expect(onChange).toHaveBeenLastCalledWith({ actor: null });
  });

  it('adds no such entry for a known actor', () => {
    render(<EventFilters cats={['sanction']} actor="Japan" q="" imp={1} actors={['DPRK', 'Japan']} theme="light" onChange={vi.fn()} />);
    const select = screen.getByRole('combobox', { name: 'Filter events by actor' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['All actors', 'DPRK', 'Japan']);
  });
});
