import type { T } from './use-t';

/**
 * The words for names every area shows (categories, importance, the built-in pairs, their units,
 * sources and fixes), from the common catalog. A series the user imported keeps the name they gave.
 */
export function categoryLabel(t: T, category: string): string {
  return t(`category.${category}`);
}

export function importanceLabel(t: T, level: 1 | 2 | 3): string {
  return t(`importance.${level}`);
}

/** What a label needs of a series: its id, the stored label (an imported series' own name) and whether it is built in. */
export interface Labelled {
  id: string;
  label: string;
  unit: string;
  builtIn: boolean;
}

/** A series' name: 원/달러 · USD/KRW for a built-in pair; an imported series' own name. */
export function seriesLabel(t: T, s: Labelled): string {
  return s.builtIn ? t(`series.${s.id}`) : s.label;
}

/** A series' unit: "KRW per 1 USD" · "1달러당 원" for a built-in pair; an imported series' own unit. */
export function seriesUnit(t: T, s: Labelled): string {
  return s.builtIn ? t(`unit.${s.id}`) : s.unit;
}

/** A source's name (snapshot: Federal Reserve H.10, ecb: ECB reference rates, csv: Imported CSV). */
export function sourceName(t: T, source: string): string {
  return t(`source.${source}`);
}

/** A source's fix in words (noon New York · 뉴욕 정오). */
export function sourceFix(t: T, source: string): string {
  return t(`fix.${source}`);
}

/** Zones with a name in the catalog (the built-in events' zones); another zone shows its IANA id. */
const NAMED_ZONES = new Set([
  'Asia/Seoul', 'Asia/Tokyo', 'Asia/Shanghai', 'Asia/Pyongyang', 'Asia/Singapore', 'Asia/Ho_Chi_Minh',
  'America/New_York', 'America/Los_Angeles', 'Europe/London', 'Europe/Brussels', 'Europe/Berlin', 'UTC',
]);

/** A time zone as a reader names it: 한국시간(KST) · Asia/Seoul; an unnamed zone keeps its IANA id. */
export function zoneLabel(t: T, zone: string): string {
  return NAMED_ZONES.has(zone) ? t(`zone.${zone}`) : zone;
}

/** The actors of the built-in events (the atoms of `A/B` actors) that have a name in the catalog. */
const NAMED_ACTORS = new Set([
  'Bank-of-Japan', 'Bank-of-Korea', 'Cabinet', 'California-DFPI', 'DPRK', 'EU', 'FDIC', 'FSC', 'FSS', 'FTSE-Russell',
  'FX-Market', 'Global-Markets', 'Japan', 'Japan-MOF', 'NEC', "People's-Bank-of-China", 'Russia',
  'South-Korea-Constitutional-Court', 'South-Korea-Electorate', 'South-Korea-Government', 'South-Korea-MOEF',
  'South-Korea-MOSF', 'South-Korea-National-Assembly', 'South-Korea-President', "Standard-&-Poor's", 'UK-Electorate',
  'UN-Security-Council', 'US-Congress', 'US-Electorate', 'US-FBI', 'US-Federal-Reserve', 'US-Government', 'US-President',
  'US-State-Department', 'US-Treasury', 'US-Treasury-FinCEN', 'US-Treasury-OFAC',
]);

/**
 * An event's actor as the UI names it: each part of `A/B` by its catalog name (한국은행 · Bank-of-Korea);
 * a part the catalog does not name (a user's own actor) as written. The `actor` field and link value stay as they are.
 */
export function actorLabel(t: T, actor: string): string {
  return actor
    .split('/')
    .map((a) => (NAMED_ACTORS.has(a) ? t(`actor.${a}`) : a))
    .join('/');
}
