// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { activateLang } from '../../../i18n/i18n';
import { msg } from '../../../i18n/message';
import { withDays } from '../../events/model/filter-events';
import { ev } from '../../events/model/test-fixtures';
import { midnightSeries, msOfDay, seriesOf } from '../../rates/model/test-fixtures';
import { DAY_MS, type UnixMs } from '../../../lib/units';
import { ChartLegend } from './chart-legend';
import { ChartTooltipContent } from './chart-tooltip';
import { EventMarkerLayer, type MarkerLayerProps } from './event-marker-layer';
import { MarkerTooltip } from './marker-tooltip';
import { NoDataLayer } from './no-data-layer';
import { PlotFrame } from './plot-frame';
import { RangeControls } from './range-controls';
import { VolatilityPane, VolWindowSelect } from './volatility-pane';

// The chart's words as a Korean reader sees them (the catalog's Korean, not the English).
beforeEach(async () => {
  await activateLang('ko');
});
afterEach(async () => {
  await activateLang('en');
});

const margin = { top: 20, right: 10, bottom: 10, left: 10 };

describe('the chart legend in Korean', () => {
  it('names the pair, its unit and source in Korean, and says which way the won weakens', () => {
    const usd = seriesOf([['2024-12-02', 1400], ['2024-12-03', 1410]]);
    const cny = seriesOf([['2024-12-02', 190], ['2024-12-03', 191]], 'CNYKRW');
    render(<ChartLegend series={[usd, cny]} rightKeys={['CNYKRW']} />);
    const legend = screen.getByLabelText('범례');
    expect(legend).toHaveTextContent('원/달러');
    expect(legend).toHaveTextContent('1달러당 원');
    expect(legend).toHaveTextContent('1위안당 원, 오른쪽 축');
    expect(legend).toHaveTextContent('미 연준 H.10(뉴욕 정오)');
    expect(legend).toHaveTextContent('원화 약세 ↑');
    expect(legend).not.toHaveTextContent('weaker');
  });

  it('tells two sources of the same pair apart by their (untranslated) short names', () => {
    const h10 = seriesOf([['2024-12-02', 1400]]);
    const ecb = { ...seriesOf([['2024-12-02', 1401]], 'USDKRW', 'ecb'), compare: true };
    render(<ChartLegend series={[h10, ecb]} rightKeys={[]} compact />);
    expect(screen.getByText('원/달러 · H.10')).toBeInTheDocument();
    expect(screen.getByText('원/달러 · ECB')).toBeInTheDocument();
  });
});

describe('the crosshair tooltip in Korean', () => {
  it('dates the hovered day as 2024년 12월 3일', () => {
    const usd = seriesOf([['2024-12-02', 1400], ['2024-12-03', 1410.5]]);
    render(<ChartTooltipContent at={Date.UTC(2024, 11, 3)} series={[usd]} spanMs={30 * DAY_MS} />);
    expect(screen.getByText('2024년 12월 3일')).toBeInTheDocument();
    expect(screen.getByText('원/달러')).toBeInTheDocument();
  });
  it('adds the UTC time when the view spans under three days', () => {
    const usd = seriesOf([['2024-12-03', 1410.5]]);
    render(<ChartTooltipContent at={Date.UTC(2024, 11, 3, 17, 0)} series={[usd]} spanMs={DAY_MS} />);
    expect(screen.getByText('2024년 12월 3일 17:00 UTC')).toBeInTheDocument();
  });
});

describe('event markers in Korean', () => {
  const events = withDays([
    ev('2020-01-10-alone', '2020-01-10', { title: 'Alone', title_ko: '홀로 있는 이벤트', importance: 3 }),
    ev('2020-06-01-pair-a', '2020-06-01', { title: 'Pair A' }),
    ev('2020-06-02-pair-b', '2020-06-02', { title: 'Pair B' }),
    ev('2020-12-01-last', '2020-12-01', { title: 'Last', time: '09:00' }),
  ]);
  function draw(over: Partial<MarkerLayerProps> = {}) {
    const p: MarkerLayerProps = {
      events,
      from: (events[0].at - 5 * DAY_MS) as UnixMs,
      to: (events[3].at + 5 * DAY_MS) as UnixMs,
      selectedId: null,
      theme: 'light',
      onSelect: vi.fn(),
      onZoom: vi.fn(),
      onHover: vi.fn(),
      ...over,
    };
    render(
      <PlotFrame width={400} height={200} margin={margin}>
        <EventMarkerLayer {...p} />
      </PlotFrame>,
    );
  }

  it('names a marker by its Korean date, Korean title and importance', () => {
    draw();
    expect(screen.getByRole('button', { name: '2020년 1월 10일: 홀로 있는 이벤트; 중요도: 중대' })).toBeInTheDocument();
    // No Korean title: the English one; no rating: 미평가.
    expect(screen.getByRole('button', { name: '2020년 12월 1일 09:00: Last; 중요도: 미평가' })).toBeInTheDocument();
    expect(screen.getByLabelText('이벤트')).toBeInTheDocument();
  });

  it('says whose event a marker is, and what a cluster holds', () => {
    draw({ isUser: (id) => id === '2020-12-01-last' });
    expect(screen.getByRole('button', { name: /Last \(내 이벤트\); 중요도/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '2020년 6월 1일~2020년 6월 2일 이벤트 2건. 누르면 확대됩니다.' })).toBeInTheDocument();
  });
});

describe('the marker tooltip in Korean', () => {
  it('dates each event in Korean, says KST in Korean, shows the Korean title and how to zoom in', () => {
    const events = withDays([
      ev('a', '2024-12-03', { title: 'Martial law', title_ko: '비상계엄 선포', time: '22:27' }),
      ev('b', '2024-12-04', { title: 'Lifted' }),
    ]);
    const byId = new Map(events.map((e) => [e.id, e]));
    const group = { x: 10, ids: ['a', 'b'], fromAt: events[0].at, toAt: events[1].at };
    render(<MarkerTooltip hover={{ group, left: 10, top: 0 }} byId={byId} width={800} isUser={(id) => id === 'b'} />);
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('2024년 12월 3일 한국시간(KST) 기준 22:27');
    expect(tip).toHaveTextContent('비상계엄 선포');
    expect(tip).toHaveTextContent('내 이벤트');
    expect(tip).toHaveTextContent('클릭하면 확대됩니다');
  });

  it('counts the rest of a big cluster in 건', () => {
    const events = withDays(Array.from({ length: 1010 }, (_, i) => ev(`crowd-${String(i).padStart(4, '0')}`, '2016-01-06')));
    const byId = new Map(events.map((e) => [e.id, e]));
    const group = { x: 10, ids: events.map((e) => e.id), fromAt: events[0].at, toAt: events[0].at };
    render(<MarkerTooltip hover={{ group, left: 10, top: 0 }} byId={byId} width={800} />);
    expect(screen.getByText('외 1,004건: 클릭하면 확대됩니다')).toBeInTheDocument();
  });
});

describe('the range controls in Korean', () => {
  it('labels the quick ranges, the date fields and an inverted range in Korean', () => {
    const onChange = vi.fn();
    render(<RangeControls from="2016-01-01" to="2017-01-01" first="2006-01-02" last="2024-11-29" maxTo="2025-06-01" onChange={onChange} />);
    expect(screen.getByRole('group', { name: '기간' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '1년' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '3개월' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '전체' }));
    expect(onChange).toHaveBeenLastCalledWith('2006-01-02', '2025-06-01');
    fireEvent.change(screen.getByLabelText('시작일', { selector: 'input' }), { target: { value: '2017-06-01' } });
    expect(screen.getByText('시작일은 종료일보다 앞서야 합니다.')).toBeInTheDocument();
    expect(screen.getByLabelText('종료일', { selector: 'input' })).toBeInTheDocument();
  });
});

describe('the volatility pane in Korean', () => {
  const days = Array.from({ length: 100 }, (_, i) => 18_000 + i);
  const usd = midnightSeries(days, days.map((_, i) => 1000 * Math.exp(i % 2 ? 0.01 : 0)));
  it('titles the pane in Korean and offers the window in trading days', () => {
    render(<VolatilityPane series={[usd]} from={msOfDay(18_000)} to={msOfDay(18_099)} events={[]} selectedId={null} theme="light" vol={20} onVol={() => undefined} onSelect={() => undefined} onRange={() => undefined} />);
    expect(screen.getByText('실현 변동성(연율화 %, 20거래일)')).toBeInTheDocument();
    expect(screen.getByText('산출 기간')).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: '변동성 산출 기간' });
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['표시 안 함', '10거래일', '20거래일', '60거래일']);
  });
  it('takes the label it is given', () => {
    render(<VolWindowSelect vol={0} onChange={() => undefined} label="변동성 패널 산출 기간" />);
    expect(screen.getByRole('combobox', { name: '변동성 패널 산출 기간' })).toHaveValue('0');
  });
});

describe('the no-data span in Korean', () => {
  it('translates a message it is given', () => {
    const at = Date.UTC(2024, 10, 30) as UnixMs;
    render(
      <PlotFrame width={800} height={200} margin={margin}>
        <NoDataLayer from={Date.UTC(2024, 9, 1) as UnixMs} to={Date.UTC(2024, 11, 31) as UnixMs} end={{ at, label: msg('timeline.legend.direction'), short: msg('timeline.legend.direction') }} />
      </PlotFrame>,
    );
    expect(screen.getByRole('note')).toHaveAttribute('aria-label', '원화 약세 ↑');
  });
  it('says in Korean after which date the source has no figures, and what to do', () => {
    render(
      <PlotFrame width={800} height={200} margin={margin}>
        <NoDataLayer from={Date.UTC(2024, 9, 1) as UnixMs} to={Date.UTC(2025, 5, 1) as UnixMs} end={{ at: Date.UTC(2024, 10, 30) as UnixMs, source: 'ecb', asOf: '2024-11-29' }} />
      </PlotFrame>,
    );
    expect(screen.getByRole('note')).toHaveAttribute('aria-label', '2024년 11월 29일 이후 ECB 기준환율 자료가 없습니다. ECB는 영업일마다 기준환율을 발표합니다. 나중에 다시 불러오십시오.');
  });
});
