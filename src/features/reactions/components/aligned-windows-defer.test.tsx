// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { seriesOn, weekdays } from '../model/test-fixtures';
import { AlignedWindowsView } from './aligned-windows';
import { ev } from './test-data';

const dates = weekdays('2019-01-01', 120);
const usd = seriesOn(dates, dates.map((_, i) => 1100 + (i % 5)));
const events = [ev('prov-one', dates[40], { category: 'provocation' }), ev('prov-two', dates[80], { category: 'provocation' })];

describe('AlignedWindowsView with deferChart', () => {
  it('shows the caption at once and draws the chart in a later task, after a paint', async () => {
    render(
        <AlignedWindowsView allEvents={events} listEvents={events} selected={null} series={[usd]} win={[-10, 20]} onWin={() => undefined} onSelect={() => undefined} deferChart />,
      );
      expect(screen.getByTestId('aligned-caption')).toHaveTextContent('2 events (Provocation events)');
      expect(document.querySelector('[data-traces]')).toBeNull();
      const pending = document.querySelector<HTMLElement>('.rx-aligned-pending')!;
      expect(pending).toHaveAttribute('aria-busy', 'true');
      expect(pending.style.height).toMatch(/^\d+px$/);
      // After a frame and a task, the chart comes in place of the placeholder.
      await waitFor(() => expect(document.querySelector('[data-traces]')).toHaveAttribute('data-traces', '2'));
      expect(document.querySelector('.rx-aligned-pending')).toBeNull();
  });
});
