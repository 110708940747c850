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
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['All actors', 'Japan', 'North Korea (DPRK)']);
  });
});

describe('event filters: actors by name', () => {
  const options = () => within(screen.getByRole('combobox', { name: 'Filter events by actor' })).getAllByRole('option');
  it('offers the parts by their names, in the order of those names', () => {
    render(<EventFilters cats={['sanction']} actor={null} q="" imp={1} actors={['DPRK', 'Russia', 'US-Treasury-OFAC']} theme="light" onChange={vi.fn()} />);
    expect(options().map((o) => o.textContent)).toEqual(['All actors', 'North Korea (DPRK)', 'Russia', 'US Treasury (OFAC)']);
    expect(options().map((o) => (o as HTMLOptionElement).value)).toEqual(['', 'DPRK', 'Russia', 'US-Treasury-OFAC']);
  });

  it('shows an older link\'s compound actor by its names (not as "no events"), and can clear it', async () => {
    const onChange = vi.fn();
    render(<EventFilters cats={['sanction']} actor="Russia/DPRK" q="" imp={1} actors={['DPRK', 'Russia']} theme="light" onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Filter events by actor' });
    expect(select).toHaveDisplayValue('Russia/North Korea (DPRK)');
    await userEvent.selectOptions(select, 'North Korea (DPRK)');
    expect(onChange).toHaveBeenLastCalledWith({ actor: 'DPRK' });
  });
});
