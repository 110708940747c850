import { CATEGORIES, isCategory, type Category } from '../config/categories';
import { isImportedSeriesId, isPairId, PAIR_IDS, SOURCE_CHOICES, type SeriesId, type SourceChoice } from '../config/series';
import { isLang, type Lang } from '../i18n/lang';
import { msg, type Msg } from '../i18n/message';
import { parseRangeEnd } from './range-text';
import { DEFAULT_STUDY_PARAMS, parseStudyParams, writeStudyParams, type StudyParams } from './url-study-params';
import { DEFAULT_SORT_PARAMS, parseSortParams, writeSortParams, type SortParams } from './url-sort-param';

/** Version of the URL format written by `serializeViewState`. */
export const URL_STATE_VERSION = 1;

export type Theme = 'light' | 'dark';

export interface ViewState extends StudyParams, SortParams {
  /** The series shown: built-in pair ids and imported series ids (`csv:<slug>`), in order. */
  pairs: SeriesId[];
  /**
   * Also show the built-in pairs from the other built-in source (H.10 beside ECB), dashed:
   * `compare=1` (an addition to SPEC's parameters).
   */
  compare: boolean;
  /** Visible range (ISO dates, or UTC minutes YYYY-MM-DDTHH:MMZ for a short range); null = the default range for the data shown. */
  from: string | null;
  to: string | null;
  source: SourceChoice;
  cats: Category[];
  /** Actor filter (exact actor name); not in SPEC's list, an additive parameter. */
  actor: string | null;
  q: string;
  /** Minimum event importance shown (1 = all, 2 = notable and major, 3 = major only); `imp` in the URL. */
  imp: 1 | 2 | 3;
  /** The event list lists every event matching the filters (`list=all`), not only those in view (the default). */
  listAll: boolean;
  event: string | null;
  win: [number, number];
  vol: number;
  theme: Theme;
  /** The UI language chosen in the link or with the header's toggle; null = the browser's (`lang=ko|en`). */
  lang: Lang | null;
  embed: boolean;
  /** Presenter mode (`present=1`): one event at a time, full screen. */
  present: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  pairs: ['USDKRW'],
  compare: false,
  from: null,
  to: null,
  source: 'auto',
  cats: [...CATEGORIES],
  actor: null,
  q: '',
  imp: 1,
  listAll: false,
  event: null,
  win: [-10, 20],
  vol: 20,
  theme: 'light',
  lang: null,
  embed: false,
  present: false,
  ...DEFAULT_STUDY_PARAMS,
  ...DEFAULT_SORT_PARAMS,
};

export interface ParseResult {
  state: ViewState;
  /** One line per dropped value: what and where. */
  notices: Msg[];
  /** A parameter was too long to read (the app then writes the link back without it at once). */
  overLong: boolean;
}

const MAX_Q = 200;
/**
 * Longest parameter name or value read (UTF-16 units); a longer one, known or not, is dropped with
 * a notice. Every value the app writes is far shorter (`pairs` of ten imported ids ~ 900); values
 * up to this length keep their own handling (a 5,000-character `q` is cut to 200, a 10 KB `actor`
 * is an actor no event has).
 */
export const MAX_PARAM_CHARS = 32_768;
const EVENT_ID_RE = /^[a-z0-9][a-z0-9-]{2,80}$/;

function list(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The first `max` UTF-16 units of `s`, without half of a surrogate pair at the end (a cut emoji
 * would be written back to the link as U+FFFD).
 */
function cut(s: string, max: number): string {
  const c = s.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(c) ? c.slice(0, -1) : c;
}

function quote(s: string): string {
  const cut = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  return JSON.stringify(cut);
}

/**
 * Migrations from older URL versions to the current one. Version 0 is a link
 * without `v` (written before versioning); it has the same parameters.
 */
const MIGRATIONS: Record<number, (p: URLSearchParams) => URLSearchParams> = {
  0: (p) => p,
};

/** Parses a query string into a view state; never throws. */
export function parseViewState(search: string): ParseResult {
  const notices: Msg[] = [];
  let p = new URLSearchParams(search);
  let overLong = false;
  const kept = new URLSearchParams();
  p.forEach((value, key) => {
    if (key.length <= MAX_PARAM_CHARS && value.length <= MAX_PARAM_CHARS) kept.append(key, value);
    else {
      notices.push(msg('link.tooLong', { key: quote(key), n: Math.max(key.length, value.length), max: MAX_PARAM_CHARS }));
      overLong = true;
    }
  });
  if (overLong) p = kept;
  const state: ViewState = { ...DEFAULT_VIEW, cats: [...DEFAULT_VIEW.cats], pairs: [...DEFAULT_VIEW.pairs] };

  const vRaw = p.get('v');
  let version = 0;
  if (vRaw !== null) {
    const v = Number(vRaw);
    if (Number.isInteger(v) && v >= 0 && v <= URL_STATE_VERSION) version = v;
    else notices.push(msg('link.version', { value: quote(vRaw), version: URL_STATE_VERSION }));
    if (Number.isInteger(v) && v > URL_STATE_VERSION) version = URL_STATE_VERSION;
  }
  for (let v = version; v < URL_STATE_VERSION; v++) p = MIGRATIONS[v](p);

  const pairs = p.get('pairs');
  if (pairs !== null) {
    // A built-in pair in any case (usdkrw); an imported series by its id (csv:my-ndf, lower case).
    const raw = list(pairs);
    const items = raw.map((s) => (isPairId(s.toUpperCase()) ? s.toUpperCase() : s.toLowerCase()));
    const known = (s: string): s is SeriesId => isPairId(s) || isImportedSeriesId(s);
    const good = [...new Set(items.filter(known))];
    const bad = raw.filter((_, i) => !known(items[i]));
    if (bad.length) notices.push(msg('link.pairsIgnored', { values: bad.map(quote).join(', '), known: PAIR_IDS.join(', ') }));
    if (good.length) state.pairs = good;
    else notices.push(msg('link.pairsNone'));
  }

  const compare = p.get('compare');
  if (compare !== null) {
    if (compare === '1' || compare === '0') state.compare = compare === '1';
    else notices.push(msg('link.expectedOneZero', { key: 'compare', value: quote(compare) }));
  }

  for (const key of ['from', 'to'] as const) {
    const raw = p.get(key);
    if (raw === null) continue;
    if (parseRangeEnd(raw, key) !== null) state[key] = raw;
    else notices.push(msg('link.badDate', { key, value: quote(raw) }));
  }
  if (state.from && state.to && parseRangeEnd(state.from, 'from')! >= parseRangeEnd(state.to, 'to')!) {
    notices.push(msg('link.rangeReversed', { from: state.from, to: state.to }));
    state.from = null;
    state.to = null;
  }

  const source = p.get('source');
  if (source !== null) {
    if ((SOURCE_CHOICES as readonly string[]).includes(source)) state.source = source as SourceChoice;
    else notices.push(msg('link.source', { value: quote(source) }));
  }

  const cats = p.get('cats');
  if (cats !== null) {
    const items = list(cats.toLowerCase());
    const bad = items.filter((s) => !isCategory(s));
    if (bad.length) notices.push(msg('link.catsIgnored', { values: bad.map(quote).join(', ') }));
    const good = items.filter(isCategory);
    if (good.length || items.length === 0) state.cats = CATEGORIES.filter((c) => good.includes(c));
  }

  const actor = p.get('actor');
  // Cut to 80, then trimmed again: a cut that ends in a space would not read back the same.
  if (actor !== null && actor.trim()) state.actor = cut(actor.trim(), 80).trimEnd();

  const q = p.get('q');
  if (q !== null) {
    if (q.length > MAX_Q) notices.push(msg('link.qLong', { max: MAX_Q }));
    state.q = cut(q, MAX_Q);
  }

  const imp = p.get('imp');
  if (imp !== null) {
    if (imp === '1' || imp === '2' || imp === '3') state.imp = Number(imp) as 1 | 2 | 3;
    else notices.push(msg('link.imp', { value: quote(imp) }));
  }

  const listed = p.get('list');
  if (listed !== null) {
    if (listed === 'all' || listed === 'view') state.listAll = listed === 'all';
    else notices.push(msg('link.list', { value: quote(listed) }));
  }

  const event = p.get('event');
  if (event !== null) {
    if (EVENT_ID_RE.test(event)) state.event = event;
    else notices.push(msg('link.eventBad', { value: quote(event) }));
  }

  const win = p.get('win');
  if (win !== null) {
    const m = /^(-?\d{1,3}),(-?\d{1,3})$/.exec(win.trim());
    const a = m ? Number(m[1]) : NaN;
    const b = m ? Number(m[2]) : NaN;
    if (m && a < 0 && b > 0 && a >= -60 && b <= 120) state.win = [a, b];
    else notices.push(msg('link.win', { value: quote(win) }));
  }

  const vol = p.get('vol');
  if (vol !== null) {
    const n = Number(vol);
    if (/^\d{1,3}$/.test(vol) && (n === 0 || (n >= 2 && n <= 250))) state.vol = n;
    else notices.push(msg('link.vol', { value: quote(vol) }));
  }

  const theme = p.get('theme');
  if (theme !== null) {
    if (theme === 'light' || theme === 'dark') state.theme = theme;
    else notices.push(msg('link.theme', { value: quote(theme) }));
  }

  const lang = p.get('lang');
  if (lang !== null) {
    const l = lang.trim().toLowerCase();
    if (isLang(l)) state.lang = l;
    else notices.push(msg('link.lang', { value: quote(lang) }));
  }

  const embed = p.get('embed');
  if (embed !== null) {
    if (embed === '1' || embed === '0') state.embed = embed === '1';
    else notices.push(msg('link.expectedOneZero', { key: 'embed', value: quote(embed) }));
  }

  const present = p.get('present');
  if (present !== null) {
    if (present === '1' || present === '0') state.present = present === '1';
    else notices.push(msg('link.expectedOneZero', { key: 'present', value: quote(present) }));
  }

  parseStudyParams(p, state, notices);
  parseSortParams(p, state, notices);

  return { state, notices, overLong };
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Serialises a view state; values equal to the default are left out. */
export function serializeViewState(s: ViewState): string {
  const p = new URLSearchParams();
  p.set('v', String(URL_STATE_VERSION));
  if (!sameList(s.pairs, DEFAULT_VIEW.pairs)) p.set('pairs', s.pairs.join(','));
  if (s.compare) p.set('compare', '1');
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.source !== DEFAULT_VIEW.source) p.set('source', s.source);
  if (!sameList(s.cats, DEFAULT_VIEW.cats)) p.set('cats', s.cats.join(','));
  if (s.actor) p.set('actor', s.actor);
  if (s.q) p.set('q', s.q);
  if (s.imp !== DEFAULT_VIEW.imp) p.set('imp', String(s.imp));
  if (s.listAll) p.set('list', 'all');
  if (s.event) p.set('event', s.event);
  if (!sameList(s.win, DEFAULT_VIEW.win)) p.set('win', s.win.join(','));
  if (s.vol !== DEFAULT_VIEW.vol) p.set('vol', String(s.vol));
  if (s.theme !== DEFAULT_VIEW.theme) p.set('theme', s.theme);
  if (s.lang) p.set('lang', s.lang);
  if (s.embed) p.set('embed', '1');
  if (s.present) p.set('present', '1');
  writeStudyParams(s, p);
  writeSortParams(s, p);
  return `?${p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
}
