import { translate } from '../i18n/i18n';
import { BUILT_IN_EVENTS } from '../features/events/data/built-in-events';
import { prepareBuiltInEvents } from '../features/events/model/built-in';
import { eventsToCsv, eventsToJson } from '../features/user-data/model/export-events';
import { importEvents } from '../features/user-data/model/import-events';
import { importReport } from '../features/user-data/model/import-report';
import { mergeUserEvents } from '../features/user-data/model/merge-user-events';

// Export events writes the built-in events too: importing that file again must not call them problems.
describe('re-importing an export of every built-in event', () => {
  const builtIn = prepareBuiltInEvents(BUILT_IN_EVENTS).events;
  const builtIns = new Map(builtIn.map((e) => [e.id, e]));
  const mine = { ...builtIn[0], id: 'my-own-event', title: 'Mine' };

  for (const [format, text] of [
    ['csv', eventsToCsv([...builtIn, mine])],
    ['json', eventsToJson([...builtIn, mine])],
  ] as const) {
    it(`finds every built-in event already present (${format})`, () => {
      expect(builtIn.length).toBeGreaterThan(100);
      const result = importEvents(text, `krw-events.${format}`, { builtIns, today: '2026-12-02' });
      expect(result.problems).toEqual([]);
      expect(result.builtInPresent).toBe(builtIn.length);
      const report = importReport(`krw-events.${format}`, result, mergeUserEvents([], result.events, new Set(builtIns.keys())), { tr: (m) => translate(m) });
      expect(report).toEqual([`Imported 1 event from krw-events.${format}; ${builtIn.length} built-in events already present`]);
    });
  }
});
