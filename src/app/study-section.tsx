import { useCallback, useMemo, useState } from 'react';
import { eventTitle } from '../features/events/model/localized';
import { useT } from '../i18n/use-t';
import { rangeEndDate } from '../lib/range-text';
import { useViewStore } from '../lib/view-store';
import type { Series, SeriesBundle } from '../features/rates/model/series';
import { useBasket, type BasketState } from '../features/rates/api/use-basket';
import type { TimeRange } from '../features/timeline/model/range';
import type { DatedEvent } from '../features/events/model/filter-events';
import { StudyPanel, type StudySettings } from '../features/study/components/study-panel';
import type { StudyBasket, ViewEvent } from '../features/study/components/study-choices';
import { studyLine } from './study-line';
import { eventTableSteps, identity, type EventTableData } from './study-table';
import { useSliced } from '../components/ui/use-sliced';
import type { Steps } from '../lib/steps';
import { SLICED_ROWS } from './sliced-rows';

interface Props {
  bundle: SeriesBundle;
  /** The lines shown, in order (comparison and imported lines included). */
  series: readonly Series[];
  /** Every event (T0s and overlap flags of all of them) and the events the filters leave in the list. */
  allEvents: readonly DatedEvent[];
  events: readonly DatedEvent[];
  /** The chart's range, after the chart has repainted. */
  range: TimeRange | null;
}

type TableInput = { s: Series; events: readonly DatedEvent[] };
function* tableSteps(i: TableInput): Steps<TableInput & { table: EventTableData }> {
  return { ...i, table: yield* eventTableSteps(i.s, i.events) };
}
const tableInSlices = (i: TableInput) => i.events.length > SLICED_ROWS;

function studyBasket(b: BasketState): StudyBasket {
  return b.status === 'ready' ? { status: 'ready', key: `basket#${identity(b.members)}`, members: b.members } : b;
}

/** The event study ("Did it move the won?"), lazy-loaded after the chart's first paint. */
export default function StudySection({ bundle, series, allEvents, events, range }: Props) {
  const setView = useViewStore((s) => s.setView);
  const model = useViewStore((s) => s.view.model);
  const car = useViewStore((s) => s.view.car);
  const exclOverlap = useViewStore((s) => s.view.exclOverlap);
  const { t, lang } = useT();
  const lines = useMemo(() => series.map((s) => ({ line: studyLine(s, t), s })), [series, t]);
  const [chosen, setChosen] = useState<string>('USDKRW');
  const picked = lines.find((l) => l.line.key === chosen) ?? lines[0];
  // The basket of the chosen line's source (an imported series: the primary source's).
  const basketSource = picked && picked.s.meta.builtIn ? picked.s.source : bundle.source;
  const basketState = useBasket(basketSource, true);
  const basket = useMemo(() => studyBasket(basketState), [basketState]);
  const s = picked?.s;
  // Many events (over SLICED_ROWS) in slices that give the main thread back: until the new table is
  // whole, the last one (and the events it was made of: the groups index into it).
  const tableInput = useMemo(() => (s ? { s, events: allEvents } : null), [s, allEvents]);
  const table = useSliced(tableInput, tableSteps, tableInSlices).value;
  // A table of another line (the one chosen before, still being replaced) is not shown under this one's name.
  const current = table && table.s === s ? table : null;
  const data = useMemo(
    () => (current ? { series: { key: `series#${identity(current.s.values)}`, days: current.s.days, values: current.s.values }, table: current.table } : null),
    [current],
  );
  const indexOf = useMemo(() => new Map((current?.events ?? []).map((e, i) => [e.id, i])), [current]);
  const from = range?.from;
  const to = range?.to;
  const inView = useMemo(
    (): ViewEvent[] =>
      from === undefined || to === undefined
        ? []
        : events.filter((e) => e.at >= from && e.at <= to && indexOf.has(e.id)).map((e) => ({ id: e.id, index: indexOf.get(e.id)!, date: e.date, title: eventTitle(e, lang), category: e.category })),
    [events, from, to, indexOf, lang],
  );
  const onSettings = useCallback((patch: Partial<StudySettings>) => setView(patch), [setView]);
  if (!picked || !range) return null;
  return (
    <StudyPanel
      lines={lines.map((l) => l.line)}
      chosen={picked.line.key}
      onChoose={setChosen}
      data={data}
      events={inView}
      basket={basket}
      model={model}
      car={car}
      exclOverlap={exclOverlap}
      onSettings={onSettings}
      from={rangeEndDate(range.from, 'from')}
      to={rangeEndDate(range.to, 'to')}
    />
  );
}
