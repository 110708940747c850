import type { Series } from '../features/rates/model/series';
import { computeReactions, eventStudyFigures, studyWindows, type StudyBasket } from '../features/reactions/model';
import { ev, importedDailyOf, intradayOf, studyWorld } from '../features/reactions/model/test-fixtures';
import { chooseModel } from '../features/study/components/study-choices';
import { studyLine } from './study-line';

// One rule for the market model (issue #12): the answer panel and the per-event figures (event
// detail, scorecard, reactions CSV) must use the same model for every kind of line, the basket loaded.
const { T0, dates, pricesOf, r, usd, jpy, members } = studyWorld();
const ready: StudyBasket = { status: 'ready', members };
const daily = (label: string, unit: string): Series => {
  const s = importedDailyOf('csv:x', dates.map((d, i) => [d, pricesOf(r, 1100)[i]] as const));
  return { ...s, meta: { ...s.meta, label, unit } };
};
const intraday = intradayOf('csv:bars', `${dates[T0]}T01:00:00Z`, [1380, 1381, 1382, 1383]);

describe('the market model rule: panel and per-event figures agree', () => {
  const cases: [string, Series, 'market' | 'mean'][] = [
    ['built-in USD/KRW', usd, 'market'],
    ['built-in JPY/KRW', jpy, 'mean'],
    ['imported daily, unit "KRW per USD"', daily('NDF close', 'KRW per USD'), 'market'],
    ['imported daily, name "USD/KRW 1M NDF"', daily('USD/KRW 1M NDF', 'won'), 'market'],
    ['imported daily, neither says USD', daily('Won close', 'KRW per 100 JPY'), 'mean'],
    ['imported intraday, unit "KRW per 1 USD"', intraday, 'mean'],
  ];
  it.each(cases)('%s', (_, s, expected) => {
    const panel = chooseModel('market', studyLine(s).marketFit, { status: 'ready', key: 'b', members }).model;
    const rows = computeReactions([ev('e', dates[T0])], [s]);
    expect(rows).toHaveLength(1);
    const perEvent = eventStudyFigures(rows, [s], 'market', studyWindows(null), () => ready).byRow.get(rows[0])!.model;
    expect([panel, perEvent]).toEqual([expected, expected]);
  });
});
