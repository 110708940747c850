import { PAIR_IDS, PAIRS, SOURCE_CHOICES } from '../config/series';
import type { T } from '../i18n/use-t';
import { seriesLabel, sourceFix, sourceName } from '../i18n/labels';
import type { ViewState } from '../lib/url-state';
import type { Series } from '../features/rates/model/series';
import { lineLabelWords } from '../features/rates/model/line-label';
import { lineKey } from '../features/timeline/model/chart-rows';
import { lineUnit } from '../features/timeline/components/chart-text';
import { QUICK_RANGES } from '../features/timeline/model/range';

/**
 * The page around the early first frame's chart (first-frame.ts): the header, the toolbar and the
 * chart's legend with the same elements, classes and words as the app's first render
 * (full-view.tsx: header-controls, pair-picker, range-controls, toolbar-actions; chart-legend), so
 * that the chart sits where the app will draw it. Nothing here takes input: the page is inert
 * until React replaces it. Styles are set through the DOM (the page's CSP allows no style attributes).
 */
type Child = Node | string | null | false;

function h(tag: string, attrs: Record<string, string | boolean> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false) continue;
    if (k === 'background') el.style.background = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

const select = (options: readonly string[], value?: string) =>
  h('select', {}, ...options.map((o, i) => h('option', { value: String(i), selected: o === value }, o)));

function header(t: T, view: ViewState): HTMLElement {
  const dark = view.theme === 'dark';
  return h(
    'header',
    { class: 'app-header' },
    h('h1', {}, t('app.name')),
    h('p', { class: 'tagline muted' }, t('app.tagline')),
    h('span', { class: 'spacer' }),
    h('label', { class: 'inline-field' }, h('span', {}, t('app.source')), select(SOURCE_CHOICES.map((s) => t(`app.sourceChoice.${s}`)), t(`app.sourceChoice.${view.source}`))),
    h('button', { type: 'button' }, t(dark ? 'app.theme.light' : 'app.theme.dark')),
    h('button', { type: 'button', class: 'lang-toggle' }, t('lang.toggle')),
  );
}

function toolbar(t: T, view: ViewState, eventCount: number): HTMLElement {
  const chip = (on: boolean, ...children: Child[]) => h('label', { class: on ? 'chip on' : 'chip' }, h('input', { type: 'checkbox', checked: on }), ...children);
  const pairs = h(
    'fieldset',
    { class: 'pair-picker' },
    h('legend', { class: 'sr-only' }, t('rates.pairs.legend')),
    ...PAIR_IDS.map((id) => chip(view.pairs.includes(id), h('span', { class: 'swatch', background: `var(--pair-${id})` }), seriesLabel(t, { ...PAIRS[id], builtIn: true }))),
  );
  const dateField = () => h('label', { class: 'date-field' }, h('span', { class: 'date-slot' }));
  const range = h(
    'div',
    { class: 'range-controls' },
    ...QUICK_RANGES.map((q) => h('button', { type: 'button', class: 'seg' }, t(`timeline.range.quick.${q}`))),
    dateField(),
    h('span', {}, '–'),
    dateField(),
  );
  const button = (text: string, disabled = false) => h('button', { type: 'button', disabled }, text);
  const actions = h(
    'div',
    { class: 'toolbar-actions' },
    button(t('export.image.png')),
    button(t('export.image.svg')),
    button(t('export.image.copy')),
    h('label', { class: 'image-theme' }, `${t('export.image.theme')} `, select(['screen', 'light', 'dark'].map((c) => t(`export.image.theme.${c}`)))),
    button(t('export.csv.download')),
    button(t('export.share.copyLink')),
    button(t('export.share.embed')),
    button(t('app.present.button')),
    button(t('user-data.seriesImport.button')),
    button(t('user-data.yourSeries.button', { count: '0' }), true),
    button(t('user-data.add.button')),
    button(t('user-data.import.button')),
    h('span', { class: 'export-events' }, button(t('user-data.export.button'), eventCount === 0), select(['CSV', 'JSON'])),
  );
  return h('section', { class: 'toolbar' }, pairs, chip(view.compare, t('rates.compare.text')), range, h('span', { class: 'spacer' }), actions);
}

/** The chart's legend (chart-legend.tsx): each line with its unit, then the source and the axis's direction. */
export function legend(t: T, series: readonly Series[], rightKeys: readonly string[]): HTMLElement {
  const sources = [...new Map(series.map((s) => [s.source, s])).values()].map((s) => t('timeline.legend.source', { source: sourceName(t, s.source), fix: sourceFix(t, s.source) }));
  return h(
    'div',
    { class: 'chart-legend' },
    ...series.map((s) => {
      const unit = lineUnit(t, s);
      return h(
        'span',
        { class: 'legend-item', 'data-line': lineKey(s) },
        h('span', { class: 'swatch line', background: `var(${s.meta.colorVar})` }),
        h('strong', {}, lineLabelWords(t, s, series)),
        h('span', { class: 'muted' }, rightKeys.includes(lineKey(s)) ? t('timeline.legend.rightAxis', { unit }) : unit),
      );
    }),
    h('span', { class: 'legend-direction muted' }, `${sources.length ? `${sources.join(' · ')} · ` : ''}${t('timeline.legend.direction')}`),
  );
}

export interface FirstPage {
  root: HTMLElement;
  /** The chart's box (`[data-testid="timeline-chart"]`): its legend goes in first, then the plot. */
  chart: HTMLElement;
}

/** The page without its chart's legend and plot; `loading` is said to assistive technology meanwhile. */
export function firstPage(t: T, view: ViewState, eventCount: number, loading: string): FirstPage {
  const chart = h('div', { class: 'timeline-chart', 'data-testid': 'timeline-chart', 'data-first-frame': 'true' });
  const page = h(
    'div',
    { class: 'app full-view first-frame', inert: true, 'aria-hidden': 'true' },
    header(t, view),
    h('div', { class: 'notices' }),
    toolbar(t, view, eventCount),
    h('main', { class: 'layout' }, h('section', { class: 'chart-panel' }, chart), h('aside', { class: 'event-panel' }), h('div', { class: 'tables-panel' })),
  );
  const root = h('div', { class: 'view-behind' }, h('p', { class: 'sr-only', role: 'status' }, loading), page);
  return { root, chart };
}
