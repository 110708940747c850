import type { Series } from '../../rates/model/series';
import type { UnixMs } from '../../../lib/units';
import type { TimelineChartProps } from './timeline-chart';

/** The timeline chart's props for a component test: one line over [from, to] (ms), no events, light theme. */
export function chartTestProps(line: Series, from: number, to: number, extra: Partial<TimelineChartProps> = {}): TimelineChartProps {
  return {
    series: [line],
    from: from as UnixMs,
    to: to as UnixMs,
    events: [],
    selectedId: null,
    theme: 'light',
    height: 300,
    onSelect: () => {},
    onRange: () => {},
    ...extra,
  };
}
