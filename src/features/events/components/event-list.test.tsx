// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { withDays } from '../model/filter-events';
import { EventFilters } from './event-filters';
import { EventList } from './event-list';

const events = withDays([
  { id: 'evt-one', date: '2016-01-06', timezone: 'Asia/Seoul', category: 'provocation', actor: 'DPRK', title: 'Fourth nuclear test', summary: 's', source_url: 'https://a.org/' },
  { id: 'evt-two', date: '2016-03-02', timezone: 'America/New_York', category: 'sanction', actor: 'UN-Security-Council', title: 'Resolution 2270', summary: 's', source_url: 'https://b.org/' },
]);

describe('EventList', () => {
  it('lists events with a count and selects on click', async () => {
    const onSelect = vi.fn();
    render(<EventList events={events} total={5} selectedId="evt-two" theme="light" onSelect={onSelect} />);
    expect(screen.getByText('2 of 5 events')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Resolution 2270/ })).toHaveAttribute('aria-current', 'true');
    await userEvent.click(screen.getByRole('button', { name: /Fourth nuclear test/ }));
    expect(onSelect).toHaveBeenCalledWith('evt-one');
  });
  it('renders the first 200 events of a long list, the selected one, and more on request', () => {
    const many = withDays(
      Array.from({ length: 260 }, (_, i) => ({ ...events[0], id: `u-${String(i).padStart(4, '0')}`, title: `Day ${i}` })),
    );
    render(<EventList events={many} total={260} selectedId="u-0250" theme="light" onSelect={() => undefined} />);
    expect(screen.getByText('260 events')).toBeInTheDocument();
    const items = () => document.querySelectorAll('[data-list-event-id]');
    expect(items()).toHaveLength(201);
    expect(items()[200]).toHaveAttribute('data-list-event-id', 'u-0250');
    expect(screen.getByText(/201 of 260 shown/)).toBeInTheDocument();
    // (getByText: getByRole over 260 buttons costs seconds in jsdom)
    fireEvent.click(screen.getByText('Show 59 more'));
    expect(items()).toHaveLength(260);
    expect(screen.queryByText(/^Show \d+ more$/)).toBeNull();
  });

  it('groups the digits of a large count', () => {
    render(<EventList events={events.slice(0, 2)} total={30_180} selectedId={null} theme="light" onSelect={() => undefined} />);
    expect(screen.getByText('2 of 30,180 events')).toBeInTheDocument();
  });

  it('says so when nothing matches', () => {
    render(<EventList events={[]} total={5} selectedId={null} theme="light" onSelect={() => undefined} />);
    expect(screen.getByText('No event matches these filters.')).toBeInTheDocument();
  });
});

describe('EventFilters', () => {
  it('reports text, actor and category changes', async () => {
    const onChange = vi.fn();
    render(<EventFilters cats={['sanction', 'provocation']} actor={null} q="" imp={1} actors={['DPRK', 'Japan']} theme="dark" onChange={onChange} />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter events by text' }), 'x');
    expect(onChange).toHaveBeenLastCalledWith({ q: 'x' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Filter events by actor' }), 'Japan');
    expect(onChange).toHaveBeenLastCalledWith({ actor: 'Japan' });
    await userEvent.click(screen.getByRole('checkbox', { name: /Sanction/ }));
    expect(onChange).toHaveBeenLastCalledWith({ cats: ['provocation'] });
    await userEvent.click(screen.getByRole('checkbox', { name: /Diplomacy/ }));
    expect(onChange).toHaveBeenLastCalledWith({ cats: ['sanction', 'provocation', 'diplomacy'] });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Minimum importance' }), 'Major only');
    expect(onChange).toHaveBeenLastCalledWith({ imp: 3 });
  });
});

describe('importance in the list', () => {
  it('shows each event\'s level, and "unrated" for an imported event without one', () => {
    const rated = withDays([
      { ...events[0], id: 'evt-major', importance: 3 as const },
      { ...events[1], id: 'evt-routine', importance: 1 as const },
      { ...events[1], id: 'evt-unrated', date: '2016-04-01' },
    ]);
    render(<EventList events={rated} total={3} selectedId={null} theme="light" onSelect={() => undefined} />);
    const item = (id: string) => document.querySelector(`[data-list-event-id="${id}"] .importance`);
    expect(item('evt-major')).toHaveTextContent('●●● major');
    expect(item('evt-routine')).toHaveTextContent('●○○ routine');
    expect(item('evt-unrated')).toHaveTextContent('○○○ unrated');
    expect(item('evt-major')).toHaveAttribute('title', 'Importance: major');
  });
});

describe('events after the shown source\'s data', () => {
  it('marks the events dated after its last observation, and only those', () => {
    render(<EventList events={events} total={2} selectedId={null} theme="light" onSelect={() => undefined} dataEnd="2016-02-01" />);
    const badge = (id: string) => document.querySelector(`[data-list-event-id="${id}"] .after-data-badge`);
    expect(badge('evt-one')).toBeNull(); // 2016-01-06
    expect(badge('evt-two')).toHaveTextContent("after this source's data"); // 2016-03-02
  });
});
