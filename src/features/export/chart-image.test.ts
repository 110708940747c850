// @vitest-environment jsdom
import { CATEGORY_INFO } from '../../config/categories';
import { buildChartSvg, labelWidth, type ChartImageMeta, type ImageEvent } from './chart-image';

const NS = 'http://www.w3.org/2000/svg';
// U+0000, U+0007 (bell), U+000B (vertical tab) and U+FFFE: none is allowed anywhere in XML 1.0.
const HOSTILE = 'Bell\u0007 nul\u0000 vt\u000B nonchar\uFFFE end';

/** A 600 × 300 chart like the timeline's: a plot at (60, 22) 528 × 244 (its clip rectangle) and one flat line at y 150. */
function chart(): SVGSVGElement {
  document.body.innerHTML = '';
  const svg = document.createElementNS(NS, 'svg') as SVGSVGElement;
  svg.setAttribute('width', '600');
  svg.setAttribute('height', '300');
  svg.innerHTML =
    '<g class="rate-lines"><defs><clipPath id="c"><rect x="60" y="21" width="528" height="246"/></clipPath></defs>' +
    '<path data-line="USDKRW" d="M60 150L588 150" stroke="var(--pair-USDKRW)"/></g>' +
    '<g class="event-markers"><g data-event-id="x" transform="translate(100 0)"><circle cx="0" cy="28" r="6"/></g></g>';
  document.body.append(svg);
  return svg;
}

const DAY = 86_400_000;
const ev = (id: string, day: number, title: string, importance: 1 | 2 | 3 = 2): ImageEvent => ({ id, at: day * DAY, date: `day ${day}`, title, category: 'provocation', importance });

const meta = (events: ImageEvent[] = [ev('hostile', 10, HOSTILE)]): ChartImageMeta => ({
  title: `Korean won: ${HOSTILE}`,
  subtitle: 'USD/KRW in KRW per 1 USD',
  legend: [{ label: 'USD/KRW', colorVar: '--pair-USDKRW', dashed: false }],
  axisTitles: { left: 'USD/KRW: KRW per 1 USD', right: null },
  source: 'Source: test',
  span: { from: 0, to: 100 * DAY },
  events,
  notesHeading: 'Numbered events:',
  unlistedNote: (n) => `${n} only marked`,
});

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const texts = (doc: Document) => [...doc.getElementsByTagName('text')].map((t) => t.textContent);

describe('buildChartSvg', () => {
  afterEach(() => {
    delete document.documentElement.dataset.theme;
    document.head.innerHTML = '';
  });

  it('draws with a font stack that renders Hangul, and keeps Korean texts', () => {
    const { svg } = buildChartSvg(chart(), { ...meta(), title: '원화 환율: 원/달러', legend: [{ label: '원/달러', colorVar: '--pair-USDKRW', dashed: false }] });
    const doc = parse(svg);
    expect(doc.documentElement.getAttribute('font-family')).toBe('"Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif');
    expect(texts(doc)).toContain('원화 환율: 원/달러');
    expect(texts(doc)).toContain('원/달러');
  });

  it('estimates a Hangul text at the room of its wider glyphs', () => {
    // Three syllables at a full 11 px em and a slash, not four narrow characters.
    expect(labelWidth('원/달러')).toBeCloseTo(3 * 11 + 7.2);
    expect(labelWidth('USD/KRW')).toBeCloseTo(7 * 7.2);
  });

  it('writes well-formed XML even when an event title holds U+0000, U+0007, U+000B and U+FFFE', () => {
    const doc = parse(buildChartSvg(chart(), meta()).svg);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('svg');
    // The text is kept, only the four characters are gone: in the title and in the event's label (cut to its room).
    expect(texts(doc)).toContain('Korean won: Bell nul vt nonchar end');
    expect(texts(doc).some((t) => t?.startsWith('day 10 Bell nul vt'))).toBe(true);
  });

  it('leaves out the chart\'s own markers and writes the axis title', () => {
    const doc = parse(buildChartSvg(chart(), meta()).svg);
    expect(doc.querySelector('[data-event-id]')).toBeNull();
    expect(texts(doc)).toContain('USD/KRW: KRW per 1 USD');
  });

  it('labels one of two events on the same day; the other gets a number above the chart and a line under it', () => {
    const doc = parse(buildChartSvg(chart(), meta([ev('a', 40, 'First', 2), ev('b', 40, 'Second', 3)])).svg);
    // The major one (b) is labelled; a is number 1.
    expect([...doc.querySelectorAll('[data-event-label]')].map((t) => t.getAttribute('data-event-label'))).toEqual(['b']);
    expect([...doc.querySelectorAll('[data-event-number]')].map((t) => t.textContent)).toEqual(['1']);
    expect(texts(doc)).toContain('Numbered events:');
    expect(texts(doc)).toContain('day 40 First');
    // The label starts 4 px right of b's line: x = 60 + 40% of 528, in a chart drawn `ox` px from the image's left.
    const label = doc.querySelector('[data-event-label="b"]')!;
    const line = [...doc.getElementsByTagName('line')].find((l) => l.getAttribute('stroke') === CATEGORY_INFO.provocation.color.light && l.getAttribute('y2') !== l.getAttribute('y1'))!;
    expect(Number(label.getAttribute('x')) - Number(line.getAttribute('x1'))).toBeCloseTo(4);
  });

  it('grows the image by the list of numbered events', () => {
    const one = buildChartSvg(chart(), meta([ev('a', 40, 'First')]));
    const two = buildChartSvg(chart(), meta([ev('a', 40, 'First'), ev('b', 40, 'Second')]));
    // One numbered event: its tag's row (12 px) above the chart; a heading row and an entry row
    // (15 px each) and 6 px below them under it.
    expect(two.height - one.height).toBe(12 + 15 + 15 + 6);
  });

  it('numbers and lists up to 80 unlabelled events; beyond that it only marks them and says how many', () => {
    const sameDay = (n: number) => Array.from({ length: n }, (_, i) => ev(`e${i}`, 40, `Event ${i}`));
    // 81 on one day: one label, 80 numbers and 80 list entries.
    const full = parse(buildChartSvg(chart(), meta(sameDay(81))).svg);
    expect(full.querySelectorAll('[data-event-number]')).toHaveLength(80);
    expect(texts(full)).toContain('day 40 Event 80');
    // 82: one label, 81 unlabelled, none numbered; the count is said.
    const over = parse(buildChartSvg(chart(), meta(sameDay(82))).svg);
    expect(over.querySelectorAll('[data-event-number]')).toHaveLength(0);
    expect(texts(over)).toContain('81 only marked');
    expect(texts(over)).not.toContain('Numbered events:');
  });

  it('draws in the theme asked for, whatever the screen shows, and leaves the screen as it was', () => {
    const style = document.createElement('style');
    style.textContent = ":root { --bg: #ffffff; --fg: #111111; } :root[data-theme='dark'] { --bg: #000000; --fg: #eeeeee; }";
    document.head.append(style);
    const doc = parse(buildChartSvg(chart(), meta([ev('a', 40, 'First')]), 'dark').svg);
    expect(doc.querySelector('rect')!.getAttribute('fill')).toBe('#000000');
    const dot = doc.querySelector('[data-shape]')!;
    expect(dot.getAttribute('fill')).toBe(CATEGORY_INFO.provocation.color.dark);
    expect(dot.getAttribute('data-shape')).toBe('triangle-up'); // a provocation's shape, as on the chart
    expect(document.documentElement.dataset.theme).toBeUndefined();
    const light = parse(buildChartSvg(chart(), meta([ev('a', 40, 'First')]), 'light').svg);
    expect(light.querySelector('rect')!.getAttribute('fill')).toBe('#ffffff');
  });
});
