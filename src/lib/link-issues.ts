import { msg, type Msg } from '../i18n/message';
import { shorten } from './notice-text';

/**
 * What a link asked for that the data cannot give: a date outside the data, an event id
 * that no event has, an actor no event has. Codes and values; `linkIssueMsg` makes them catalog messages.
 */
export type LinkIssue =
  | { code: 'before-first'; param: 'from' | 'to'; value: string; first: string; shown: string }
  | { code: 'after-last'; param: 'from' | 'to'; value: string; last: string; lastIs: 'observation' | 'event'; shown: string }
  | { code: 'unknown-event'; value: string }
  | { code: 'unknown-actor'; value: string }
  | { code: 'unknown-series'; value: string };

export interface DataExtent {
  /** First observation (ISO date). */
  first: string;
  /** Last observation. */
  last: string;
  /** The latest date the time axis reaches: the last observation or a later last event. */
  maxTo: string;
}

/**
 * The link's `from`/`to` (ISO dates, null = not given) that lie outside the data, with the
 * date shown instead (`shown`: the range the chart resolved them to).
 */
export function rangeIssues(
  link: { from: string | null; to: string | null },
  extent: DataExtent,
  shown: { from: string; to: string },
): LinkIssue[] {
  const out: LinkIssue[] = [];
  for (const param of ['from', 'to'] as const) {
    const value = link[param];
    if (value === null) continue;
    // A UTC minute (2024-03-05T01:30Z) is compared by its date.
    const date = value.slice(0, 10);
    if (date < extent.first) out.push({ code: 'before-first', param, value, first: extent.first, shown: shown[param] });
    else if (date > extent.maxTo) {
      const lastIs = extent.maxTo > extent.last ? 'event' : 'observation';
      out.push({ code: 'after-last', param, value, last: extent.maxTo, lastIs, shown: shown[param] });
    }
  }
  return out;
}

/** The link's `event` when no event (built-in or the user's) has that id. */
export function eventIssue(id: string | null, exists: (id: string) => boolean): LinkIssue | null {
  return id !== null && !exists(id) ? { code: 'unknown-event', value: id } : null;
}

/** The link's `actor` when no event has that actor (the filter then hides every event). */
export function actorIssue(actor: string | null, actors: Iterable<string>): LinkIssue | null {
  if (actor === null) return null;
  for (const a of actors) if (a === actor) return null;
  return { code: 'unknown-actor', value: actor };
}

/** The link's imported series ids (`csv:…`) that this browser does not have. */
export function seriesIssues(ids: readonly string[], has: (id: string) => boolean): LinkIssue[] {
  return ids.filter((id) => id.startsWith('csv:') && !has(id)).map((value) => ({ code: 'unknown-series', value }));
}

/** Longest link value quoted in a notice. */
const MAX_VALUE_CHARS = 60;

/** The notice for an issue: a catalog message (`link.*`) with the link's values. */
export function linkIssueMsg(issue: LinkIssue): Msg {
  switch (issue.code) {
    case 'before-first':
      return msg('link.beforeFirst', { param: issue.param, value: issue.value, first: issue.first, shown: issue.shown });
    case 'after-last': {
      const id = issue.lastIs === 'event' ? 'link.afterLastEvent' : 'link.afterLastObservation';
      return msg(id, { param: issue.param, value: issue.value, last: issue.last, shown: issue.shown });
    }
    case 'unknown-event':
      return msg('link.unknownEvent', { value: shorten(issue.value, MAX_VALUE_CHARS) });
    case 'unknown-series':
      return msg('link.unknownSeries', { value: shorten(issue.value, MAX_VALUE_CHARS) });
    case 'unknown-actor': {
      const short = shorten(issue.value, MAX_VALUE_CHARS);
      return msg(short === issue.value ? 'link.unknownActor' : 'link.unknownActorShortened', { value: JSON.stringify(short) });
    }
  }
}
