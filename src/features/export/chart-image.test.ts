// @vitest-environment jsdom
import { buildChartSvg, labelWidth, type ChartImageMeta } from './chart-image';

const NS = 'http://www.w3.org/2000/svg';
// U+0000, U+0007 (bell), U+000B (vertical tab) and U+FFFE: none is allowed anywhere in XML 1.0.
const HOSTILE = 'Bell\u0007 nul\u0000 vt\u000B nonchar\uFFFE end';

function chartWithMarker(): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg') as SVGSVGElement;
  svg.setAttribute('width', '600');
  svg.setAttribute('height', '300');
  const g = document.createElementNS(NS, 'g');
  g.setAttribute('data-event-id', 'hostile-title');
  g.setAttribute('aria-label', `2016-01-06 ${HOSTILE}`);
  const circle = document.createElementNS(NS, 'circle');
  g.setAttribute('transform', 'translate(100 0)');
  circle.setAttribute('cx', '0');
  circle.setAttribute('cy', '50');
  const title = document.createElementNS(NS, 'title');
  title.textContent = HOSTILE;
  g.append(circle, title);
  svg.append(g);
  document.body.append(svg);
  return svg;
}

const meta = (): ChartImageMeta => ({
  title: `Korean won: ${HOSTILE}`,
  subtitle: 'USD/KRW in KRW per USD',
  legend: [{ label: 'USD/KRW', color: '#123456' }],
  source: 'Source: test',
  eventLabels: new Map([['hostile-title', `2016-01-06 ${HOSTILE}`]]),
});

describe('buildChartSvg', () => {
  it('draws with a font stack that renders Hangul, and keeps Korean texts', () => {
    const { svg } = buildChartSvg(chartWithMarker(), { ...meta(), title: '원화 환율: 원/달러', legend: [{ label: '원/달러', color: '#123456' }] });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.documentElement.getAttribute('font-family')).toBe('"Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif');
    expect([...doc.getElementsByTagName('text')].map((t) => t.textContent)).toContain('원화 환율: 원/달러');
  });
  it('gives a Hangul legend label the room of its wider glyphs', () => {
    // Three syllables at a full 11 px em and a slash, not four narrow characters.
    expect(labelWidth('원/달러')).toBeCloseTo(3 * 11 + 7.2);
    expect(labelWidth('USD/KRW')).toBeCloseTo(7 * 7.2);
  });
  it('writes well-formed XML even when an event title holds U+0000, U+0007, U+000B and U+FFFE', () => {
    const { svg } = buildChartSvg(chartWithMarker(), meta());
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('svg');
    // The text is kept, only the four characters are gone: in the title, the event label and the marker's own title.
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('Korean won: Bell nul vt nonchar end');
    expect(texts).toContain('2016-01-06 Bell nul vt nonchar end');
    expect(doc.getElementsByTagName('title')[0].textContent).toBe('Bell nul vt nonchar end');
  });
  it("puts an event's label beside its marker, placed by the marker group's translate", () => {
    const { svg } = buildChartSvg(chartWithMarker(), meta());
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const label = [...doc.getElementsByTagName('text')].find((t) => t.textContent === '2016-01-06 Bell nul vt nonchar end')!;
    // The group is at x 100, its circle at cx 0 inside it: the label starts 3 px to the right.
    expect(label.getAttribute('x')).toBe('103');
  });
});
