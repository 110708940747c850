// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { withDays } from '../../events/model/filter-events';
import { ev } from '../../events/model/test-fixtures';
import { MarkerTooltip } from './marker-tooltip';

describe('MarkerTooltip', () => {
  it('names the first six events of a big cluster and counts the rest with grouped digits', () => {
    const events = withDays(Array.from({ length: 1010 }, (_, i) => ev(`crowd-${String(i).padStart(4, '0')}`, '2016-01-06')));
    const byId = new Map(events.map((e) => [e.id, e]));
    const group = { x: 10, ids: events.map((e) => e.id), fromAt: events[0].at, toAt: events[0].at };
    render(<MarkerTooltip hover={{ group, left: 10, top: 0 }} byId={byId} width={800} />);
    expect(document.querySelectorAll('.marker-tooltip-row')).toHaveLength(6);
    expect(screen.getByText('and 1,004 more: click to zoom in')).toBeInTheDocument();
  });
});
