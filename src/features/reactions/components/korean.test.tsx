// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { activateLang } from '../../../i18n/i18n';
import { computeReactions } from '../model';
import { seriesOn, weekdays } from '../model/test-fixtures';
import { AbnormalReturns } from './abnormal-returns';
import { AlignedWindowsView } from './aligned-windows';
import { DownloadReactionsCsvButton } from './download-reactions-csv-button';
import { FirstFixPanel } from './first-fix-panel';
import { MethodologyHelp } from './methodology-help';
import { ReactionDetail } from './reaction-detail';
import { Scorecard } from './scorecard';
import { ev, showAllScorecardColumns, knownZSeries } from './test-data';

// The reactions area in Korean: what a Korean reader sees, written from the catalog's intent.
beforeAll(() => activateLang('ko'));
afterAll(() => activateLang('en'));

describe('reactions in Korean', () => {
  beforeEach(() => showAllScorecardColumns());
  afterEach(() => localStorage.clear());
  it('first fix: Korean headers, the fix in Korean words, and the lead as a sentence', () => {
    const dates = weekdays('2024-07-01', 5);
    const h10 = seriesOn(dates, [1380, 1382, 1395.82, 1390, 1391]);
    const ecb = { ...seriesOn(dates, [1381, 1383, 1386, 1387, 1385], 'USDKRW', 'ecb'), compare: true };
    render(<FirstFixPanel rows={computeReactions([ev('kst-0900', '2024-07-03', { time: '09:00' })], [h10, ecb])} zone="America/Los_Angeles" />);
    expect(screen.getByRole('region', { name: '어느 고시가 먼저 반영했나' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['시계열', 'T0 관측치', '한국시간(KST)', '내 시간대(America/Los_Angeles)', 'chg_0', 'z_0']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('원/달러 · ECB');
    expect(within(rows[0]).getAllByRole('cell')[0]).toHaveTextContent('프랑크푸르트 14:15 고시');
    expect(within(rows[1]).getAllByRole('cell')[0]).toHaveTextContent('뉴욕 정오 고시');
    // ECB 12:15 UTC, H.10 16:00 UTC: 3 hours 45 minutes apart.
    expect(screen.getByText('ECB 고시가 H.10보다 3시간 45분 먼저 반영했습니다.')).toBeInTheDocument();
  });

  it('detail: the heading, the z reading, the announcement in Seoul and the study note in Korean', () => {
    const a = 0.005;
    const b = (2.2 * 100 * a * Math.sqrt(60 / 59)) / 100; // a T0 move of 2.2 pre_vols
    const usd = knownZSeries('2016-01-06', a, b);
    const event = ev('fourth-test', '2016-01-06', { time: '10:30', category: 'provocation', title: 'Synthetic nuclear test', tags: ['nuclear-test'] });
    const rows = computeReactions([event], [usd]);
    render(<ReactionDetail event={event} rows={rows} series={[usd]} win={[-10, 20]} titles={new Map()} onSelect={() => undefined} zone="Asia/Seoul" />);
    const region = screen.getByRole('region', { name: '시장 반응 수치' });
    expect(within(region).getByRole('heading', { name: '시장 반응' })).toBeInTheDocument();
    expect(region).toHaveTextContent('발표 2016-01-06 10:30(서울)');
    expect(region).toHaveTextContent('뉴스를 처음 반영한 고시(T0)');
    expect(region).toHaveTextContent('+2.20σ — 직전 60거래일 대비 이례적인 수준');
    expect(region).toHaveTextContent('(원화 약세)');
    expect(region).toHaveTextContent('1달러당 원');
    expect(region).toHaveTextContent('해석 참고 5분 단위 원/달러 자료로 측정한 결과');
    expect(region).not.toHaveTextContent(/Market reaction|Announced|unusual/);
  });

  it('abnormal returns: says in Korean that they are being computed', () => {
    render(<AbnormalReturns rows={[]} study={null} />);
    expect(screen.getByRole('status')).toHaveTextContent('비정상수익률: 계산 중…');
  });

  it('scorecard: Korean column names, category and series, and a Korean row name', () => {
    const dates = weekdays('2020-01-01', 40);
    const series = seriesOn(dates, dates.map((_, i) => (i >= 10 ? 101 : 100)));
    const rows = computeReactions([ev('evt-up', dates[10], { title: 'Up one', category: 'provocation' })], [series]);
    render(<Scorecard rows={rows} selectedId={null} theme="light" onSelect={() => undefined} />);
    const heads = screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼↕]/g, ''));
    expect(heads.slice(0, 4)).toEqual(['날짜', '이벤트', '시계열', 'chg_0 %']);
    expect(heads).toContain('분류');
    expect(heads).toContain('T−1 환율');
    const row = screen.getByRole('row', { name: `${dates[10]} Up one, 원/달러: Enter 키를 눌러 선택` });
    expect(row).toHaveTextContent('도발');
    expect(row).toHaveTextContent('원/달러');
  });

  it('scorecard: says in Korean that no event is in view, and the CSV button has a Korean name', () => {
    render(<Scorecard rows={[]} selectedId={null} theme="light" onSelect={() => undefined} />);
    expect(screen.getByText(/^표시된 구간에 이벤트가 없습니다\./)).toBeInTheDocument();
    render(<DownloadReactionsCsvButton rows={[]} pairs={['USDKRW']} source="snapshot" from="2020-01-01" to="2020-12-31" />);
    expect(screen.getByRole('button', { name: '시장 반응 CSV 다운로드' })).toHaveAttribute('title', '표시된 이벤트 없음');
  });

  it('aligned windows: the caption counts events in Korean and names the category and the series in Korean', () => {
    const dates = weekdays('2019-01-01', 200);
    const usd = seriesOn(dates, dates.map((_, i) => 1100 + (i % 7)));
    const all = [ev('p1', dates[40], { category: 'provocation' }), ev('p2', dates[90], { category: 'provocation' }), ev('late', '2030-05-05', { category: 'provocation' })];
    render(<AlignedWindowsView allEvents={all} listEvents={all} selected={null} series={[usd]} win={[-10, 20]} onWin={() => undefined} onSelect={() => undefined} />);
    expect(screen.getByRole('heading', { name: '정렬된 이벤트 창' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '정렬할 이벤트' })).toHaveDisplayValue('도발');
    const caption = screen.getByTestId('aligned-caption');
    expect(caption).toHaveTextContent('원/달러의 이벤트 2건(도발 이벤트)');
    expect(caption).toHaveTextContent('가로축: T0로부터의 거래일');
    expect(caption).toHaveTextContent(`제외 1건: 이 출처의 마지막 관측치(${dates.at(-1)}) 이후: 2030-05-05.`);
  });

  it('methodology: Korean prose with the column names kept as code', () => {
    render(<MethodologyHelp />);
    expect(screen.getByRole('heading', { name: '시장 반응 측정 방법' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '이 앱이 직접 계산한 수치' }).nextElementSibling).toHaveTextContent('연평도 포격(+3.20 %, z 5.23)');
    expect(screen.getByText(/표본 표준편차\(n − 1\)/)).toBeInTheDocument();
    const codes = [...document.querySelectorAll('.rx-help code')].map((c) => c.textContent);
    expect(codes).toEqual(expect.arrayContaining(['base_date', 'chg_0', 'pre_drift', 'pre_vol', 'z_0', 'overlap', 'adj_k', 'win', 'model', 'vol=0']));
    expect(screen.getByRole('heading', { name: '발표된 연구 결과' })).toBeInTheDocument();
  });
});
