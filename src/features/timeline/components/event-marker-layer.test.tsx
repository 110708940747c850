// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlotFrame } from './plot-frame';
import { withDays } from '../../events/model/filter-events';
import { ev } from '../../events/model/test-fixtures';
import { DAY_MS, type UnixMs } from '../../../lib/units';
import { EventMarkerLayer, type MarkerLayerProps } from './event-marker-layer';

// Two events far apart (single markers) and two on consecutive days (a cluster at this width).
const events = withDays([
  ev('2020-01-10-alone', '2020-01-10', { title: 'Alone' }),
  ev('2020-06-01-pair-a', '2020-06-01', { title: 'Pair A' }),
  ev('2020-06-02-pair-b', '2020-06-02', { title: 'Pair B' }),
  ev('2020-12-01-last', '2020-12-01', { title: 'Last' }),
]);
const from = events[0].at - 5 * DAY_MS;
const to = events[3].at + 5 * DAY_MS;

function draw(over: Partial<MarkerLayerProps> = {}) {
  const p: MarkerLayerProps = {
    events,
    from: from as UnixMs,
    to: to as UnixMs,
    selectedId: null,
    theme: 'light',
    onSelect: vi.fn(),
    onZoom: vi.fn(),
    onHover: vi.fn(),
    ...over,
  };
  render(
    <PlotFrame width={400} height={200} margin={{ top: 20, right: 10, bottom: 10, left: 10 }}>
      <EventMarkerLayer {...p} />
    </PlotFrame>,
  );
  return p;
}

describe('EventMarkerLayer', () => {
  it('selects a single event by click and by Enter, and zooms into a cluster', async () => {
    const p = draw();
    await userEvent.click(screen.getByRole('button', { name: /Alone/ }));
    expect(p.onSelect).toHaveBeenLastCalledWith('2020-01-10-alone');
    screen.getByRole('button', { name: /Last/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(p.onSelect).toHaveBeenLastCalledWith('2020-12-01-last');
    const cluster = screen.getByRole('button', { name: /2 events from 2020-06-01 to 2020-06-02/ });
    await userEvent.click(cluster);
    const [a, b] = (p.onZoom as ReturnType<typeof vi.fn>).mock.calls[0];
    expect(a).toBeLessThan(events[1].at);
    expect(b).toBeGreaterThan(events[2].at);
    expect(p.onSelect).toHaveBeenCalledTimes(2);
  });

  it('reports the hovered or focused marker, and nothing once the pointer leaves it', () => {
    const p = draw();
    const alone = screen.getByRole('button', { name: /Alone/ });
    fireEvent.mouseOver(alone.querySelector('.marker-shape')!);
    expect(p.onHover).toHaveBeenLastCalledWith(expect.objectContaining({ group: expect.objectContaining({ ids: ['2020-01-10-alone'] }) }));
    // Moving within the marker keeps it; leaving it clears the hover.
    fireEvent.mouseOut(alone.querySelector('.marker-shape')!, { relatedTarget: alone.querySelector('rect')! });
    expect(p.onHover).toHaveBeenCalledTimes(1);
    fireEvent.mouseOut(alone.querySelector('rect')!, { relatedTarget: document.body });
    expect(p.onHover).toHaveBeenLastCalledWith(null);
    fireEvent.focus(screen.getByRole('button', { name: /Last/ }));
    expect(p.onHover).toHaveBeenLastCalledWith(expect.objectContaining({ group: expect.objectContaining({ ids: ['2020-12-01-last'] }) }));
  });
});

describe('EventMarkerLayer and the user’s own events', () => {
  it('marks a user event’s marker with a hollow centre and says so in its label', () => {
    draw({ isUser: (id) => id === '2020-12-01-last' });
    const mine = screen.getByRole('button', { name: /Last \(your event\)/ });
    expect(mine).toHaveClass('yours');
    // The category's shape, and a hollow centre (a circle in the page's colour) for the user's own.
    expect(mine.querySelectorAll('.marker-shape')).toHaveLength(1);
    expect(mine.querySelectorAll('circle')).toHaveLength(1);
    const builtIn = screen.getByRole('button', { name: /Alone/ });
    expect(builtIn).not.toHaveClass('yours');
    expect(builtIn.getAttribute('aria-label')).not.toMatch(/your event/);
    expect(builtIn.querySelectorAll('.marker-shape')).toHaveLength(1);
    expect(builtIn.querySelectorAll('circle')).toHaveLength(0);
  });

  it('sizes a marker by importance and names the level in its label', () => {
    const rated = withDays([
      ev('2020-01-10-major', '2020-01-10', { title: 'Major one', importance: 3 }),
      ev('2020-06-01-unrated', '2020-06-01', { title: 'Imported one' }),
      ev('2020-12-01-routine', '2020-12-01', { title: 'Routine one', importance: 1 }),
    ]);
    draw({ events: rated });
    const major = screen.getByRole('button', { name: /Major one; importance: major/ });
    const routine = screen.getByRole('button', { name: /Routine one; importance: routine/ });
    expect(major).toHaveAttribute('data-importance', '3');
    // The shape's half-width: the largest |x| of its path's points (drawn around x = 0).
    const radius = (el: HTMLElement) => Math.max(...[...el.querySelector('.marker-shape')!.getAttribute('d')!.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Math.abs(Number(m[1]))));
    expect(radius(major)).toBeGreaterThan(radius(routine));
    expect(screen.getByRole('button', { name: /Imported one; importance: unrated/ })).toHaveAttribute('data-importance', '');
  });

  it('draws 12,000 events of one day as one cluster whose badge fits its text', () => {
    const crowd = withDays(Array.from({ length: 12_000 }, (_, i) => ev(`crowd-${String(i).padStart(5, '0')}`, '2020-06-01')));
    draw({ events: crowd });
    const cluster = document.querySelector('.event-cluster')!;
    expect(cluster.getAttribute('data-event-ids')!.split(' ')).toHaveLength(12_000);
    expect(cluster.querySelector('text')).toHaveTextContent(/^12k$/);
    // 9 px bold digits are ~5.5 px wide: three need a radius of ~10 px, not the two-digit badge's 8.
    expect(Number(cluster.querySelector('circle')!.getAttribute('r'))).toBeGreaterThanOrEqual(10);
  });
});
