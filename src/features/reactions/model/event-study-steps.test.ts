import { computeReactions } from './compute-reactions';
import { eventStudyFigures, eventStudySteps, studyWindows } from './event-study';
import { ev, intradayOf } from './test-fixtures';

// SYNTHETIC: 300,000 one-minute bars of an imported series (a saw-tooth), one event in them.
const N = 300_000;
const bars = intradayOf('csv:synthetic-bars', '2024-01-01T00:00:00Z', Array.from({ length: N }, (_, i) => 1300 + (i % 997) / 10));
const rows = computeReactions([ev('synthetic-mid', '2024-04-01')], [bars]);
const windows = studyWindows(null);

describe('eventStudySteps on a long line', () => {
  it('pauses while it takes the returns of a long line, even for one row, and gives the figures of one run', () => {
    expect(rows).toHaveLength(1);
    const steps = eventStudySteps(rows, [bars], 'mean', windows, () => ({ status: 'none' }));
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    // A pause every 65,536 observations: 300,000 returns give 4 (one row alone gives no other).
    expect(pauses).toBe(Math.floor((N - 1) / 65_536));
    const once = eventStudyFigures(rows, [bars], 'mean', windows, () => ({ status: 'none' }));
    expect(r.value.byRow.get(rows[0])).toEqual(once.byRow.get(rows[0]));
  });
});
