// @vitest-environment jsdom
import { render } from '@testing-library/react';
import * as model from '../model';
import { seriesOn, weekdays } from '../model/test-fixtures';
import { AlignedWindowsView } from './aligned-windows';
import { ev } from './test-data';

vi.mock('../model', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../model')>();
  return { ...actual, alignedWindows: vi.fn(actual.alignedWindows) };
});

const dates = weekdays('2019-01-01', 120);
const usd = seriesOn(dates, dates.map((_, i) => 1100 + (i % 7)));
const WIN: [number, number] = [-10, 20];
const SERIES = [usd];
const all = [ev('prov-a', dates[40], { category: 'provocation' }), ev('sanc-b', dates[60], { category: 'sanction' })];

describe('AlignedWindowsView and the list filters', () => {
  it('does not recompute a category’s windows when only the filtered list changes', () => {
    const view = (list: typeof all) => (
      <AlignedWindowsView allEvents={all} listEvents={list} selected={null} series={SERIES} win={WIN} onWin={() => undefined} onSelect={() => undefined} />
    );
    const { rerender } = render(view(all));
    const calls = vi.mocked(model.alignedWindows).mock.calls.length;
    rerender(view([all[0]])); // a keystroke in the filter box: a new list
    rerender(view([]));
    expect(vi.mocked(model.alignedWindows).mock.calls.length).toBe(calls);
  });
});
