// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seriesOn, weekdays } from '../model/test-fixtures';
import { AlignedWindowsView } from './aligned-windows';
import { ev } from './test-data';

const dates = weekdays('2019-01-01', 200);
const usd = seriesOn(dates, dates.map((_, i) => 1100 + (i % 7)));
const last = dates.at(-1)!;
const provocations = [
  ev('prov-one', dates[40], { category: 'provocation' }),
  ev('prov-two', dates[90], { category: 'provocation' }),
  ev('prov-three', dates[150], { category: 'provocation' }),
  ev('prov-late', '2030-05-05', { category: 'provocation' }),
];
const sanction = ev('sanc-one', dates[60], { category: 'sanction' });
const all = [...provocations, sanction];

function setup(selected: ReturnType<typeof ev> | null = null, list = all) {
  const onWin = vi.fn();
  render(
    <AlignedWindowsView allEvents={all} listEvents={list} selected={selected} series={[usd]} win={[-10, 20]} onWin={onWin} onSelect={() => undefined} />,
  );
  return { onWin };
}

describe('AlignedWindowsView', () => {
  it('aligns the provocations by default and counts the events drawn and skipped', () => {
    setup();
    const caption = screen.getByTestId('aligned-caption');
    expect(caption).toHaveTextContent('3 events (Provocation events) in USD/KRW');
    expect(caption).toHaveTextContent(`Skipped 1: after the last observation of this source (${last}): 2030-05-05`);
    expect(document.querySelector('[data-traces]')).toHaveAttribute('data-traces', '3');
  });

  it('follows the selected event’s category, and the filtered list on request', async () => {
    setup(sanction, [provocations[0], provocations[1]]);
    expect(screen.getByTestId('aligned-caption')).toHaveTextContent('1 event (Sanction events)');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Events to align' }), 'Events in the list (2)');
    expect(screen.getByTestId('aligned-caption')).toHaveTextContent('2 events (events in the list)');
    expect(screen.getByTestId('aligned-caption')).not.toHaveTextContent('Skipped');
  });

  it('writes the event window to the URL state', async () => {
    const { onWin } = setup();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Event window' }), '-20,60');
    expect(onWin).toHaveBeenCalledWith([-20, 60]);
  });

  it('lists the traces; pressing one selects its event', async () => {
    const onSelect = vi.fn();
    render(<AlignedWindowsView allEvents={all} listEvents={all} selected={null} series={[usd]} win={[-10, 20]} onWin={() => undefined} onSelect={onSelect} />);
    await userEvent.click(screen.getByText(/Traces \(3\)/));
    await userEvent.click(screen.getByRole('button', { name: `${dates[90]} · Event prov-two` }));
    expect(onSelect).toHaveBeenCalledWith('prov-two');
  });

  it('draws one line for many events with the same T0 and lists the first 200 of them', () => {
    const crowd = Array.from({ length: 1000 }, (_, i) => ev(`crowd-${i}`, dates[120], { category: 'provocation' }));
    const events = [...all, ...crowd];
    render(<AlignedWindowsView allEvents={events} listEvents={events} selected={null} series={[usd]} win={[-10, 20]} onWin={() => undefined} onSelect={() => undefined} />);
    const chart = document.querySelector('[data-traces]')!;
    expect(chart).toHaveAttribute('data-traces', '1003');
    expect(chart).toHaveAttribute('data-drawn', '4');
    const caption = screen.getByTestId('aligned-caption');
    expect(caption).toHaveTextContent('Events with the same T0 share one line (4 distinct); the mean and band use all 1,003 events.');
    expect(caption.querySelectorAll('.rx-trace-list li')).toHaveLength(200);
    expect(caption).toHaveTextContent('The first 200 of 1,003 events listed.');
    fireEvent.click(screen.getByText('List 803 more'));
    expect(caption.querySelectorAll('.rx-trace-list li')).toHaveLength(1003);
    expect(caption).toHaveTextContent('All 1,003 events listed.');
  });
});
