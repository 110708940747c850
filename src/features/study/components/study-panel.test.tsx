// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { downloadBlob } from '../../../components/ui/download';
import { activateLang } from '../../../i18n';
import { FakeStudyWorker } from '../worker/test-fake-worker';
import { StudyPanel, type StudySettings } from './study-panel';
import type { StudyBasket } from './study-choices';
import { LINES, panelData } from './test-panel-data';

vi.mock('../../../components/ui/download', () => ({ downloadBlob: vi.fn() }));

// Issue #12's columns, typed out.
const HEADER = 'group,pair,source,model,window,n,mean_car_pct,median_car_pct,share_positive,t_stat,p_t,p_bmp,p_sign,p_rank,p_placebo,q_bh';

function renderPanel(settings: Partial<StudySettings> = {}, basket: StudyBasket = { status: 'loading' }) {
  const { data, events } = panelData();
  const onSettings = vi.fn();
  const onChoose = vi.fn();
  const props = { model: 'raw' as const, car: null, exclOverlap: false, ...settings };
  const view = render(
    <StudyPanel lines={LINES} chosen="USDKRW" onChoose={onChoose} data={data} events={events} basket={basket} onSettings={onSettings} from="2000-01-01" to="2002-09-26" createWorker={() => new FakeStudyWorker()} {...props} />,
  );
  return { ...view, onSettings, onChoose, data, events };
}

const done = () => screen.findByRole('table', {}, { timeout: 3000 });

/** One RFC 4180 line (no quotes inside quotes here) → its fields. */
function fields(line: string): string[] {
  const out: string[] = [];
  let f = '';
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      out.push(f);
      f = '';
    } else f += c;
  }
  out.push(f);
  return out;
}

/** Benjamini–Hochberg q from the formula: q_(i) = min over j ≥ i of min(1, m·p_(j)/j). */
function bh(ps: number[]): number[] {
  const order = ps.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const q = new Array<number>(ps.length);
  let run = 1;
  for (let j = order.length; j >= 1; j--) {
    run = Math.min(run, (ps.length * order[j - 1][0]) / j);
    q[order[j - 1][1]] = run;
  }
  return q;
}

describe('StudyPanel', () => {
  beforeEach(() => vi.mocked(downloadBlob).mockClear());

  it('says the basket is loading and shows the mean-adjusted model meanwhile', async () => {
    renderPanel({ model: 'market' });
    expect(screen.getByRole('heading', { name: 'Did it move the won?' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('The regional basket is still loading: the mean-adjusted model is shown meanwhile.');
    await done();
    expect(screen.getByRole('region', { name: 'Did it move the won?' })).toHaveAttribute('data-model', 'mean');
    expect(screen.getAllByText(/above its average day|below its average day/, { selector: '.st-sentence' }).length).toBeGreaterThan(0);
  });

  it('offers no market model for JPY/KRW: it says why', async () => {
    render(<StudyPanel lines={LINES} chosen="JPYKRW" onChoose={vi.fn()} data={panelData().data} events={panelData().events} basket={{ status: 'loading' }} onSettings={vi.fn()} from="a" to="b" createWorker={() => new FakeStudyWorker()} model="market" car={null} exclOverlap={false} />);
    expect(screen.getByRole('note')).toHaveTextContent(/needs a dollar rate/);
  });

  it('warns of a small N and words the events left out, with the reading of CAR(0,0)', async () => {
    renderPanel();
    await done();
    const readings = screen.getAllByRole('listitem').filter((li) => li.closest('.st-readings'));
    const provocations = readings.find((li) => li.textContent!.startsWith('Across 3 provocations'))!;
    // CAR(0,0) of the three: 0.5, 1.0, 1.5 → mean 1.00 %; t = 2√3, df 2: p = 1 − √(12/14) = 0.074.
    expect(provocations).toHaveTextContent('Across 3 provocations, USD/KRW rose on average 1.00 % on the day (T0), a weaker won (p = 0.074;');
    expect(provocations).toHaveTextContent('Only 3 provocations: with fewer than 10 events');
    expect(provocations).toHaveTextContent('1 left out: 1 — fewer than 120 returns in its estimation window (T0−250 … T0−11).');
    expect(provocations).toHaveTextContent('With the 1 overlapping event left out (N = 2)');
    expect(screen.getByText(/Size is not cause/)).toBeInTheDocument();
  });

  it('counts the q-values over the rows that have a test, and says how many had none', async () => {
    renderPanel();
    await done();
    // Provocations: 3 events with a CAR in each of the five windows, but CAR(−5,−1) is the same for all
    // three (T0 even: −0.2 + 0.2 − 0.2 + 0.2 − 0.2 = −0.2), s = 0, no t → 4 tests. The sanction group
    // has one event, so its 5 rows have no t-test (N < 2). BH's m = 4; 6 rows are not counted.
    const provocations = screen.getAllByRole('listitem').find((li) => li.closest('.st-readings') && li.textContent!.startsWith('Across 3 provocations'))!;
    expect(provocations).toHaveTextContent('after 4 tests (6 of the 10 group × window rows had none)');
    expect(screen.getByRole('table').querySelector('caption')).toHaveTextContent(
      'q = Benjamini–Hochberg over the 4 p\'s of t in this table (6 rows have no test and are not counted).',
    );
  });

  it('says "+ = weaker won" only for a KRW price; for an imported series "+ = the series rose"', async () => {
    const { data, events } = panelData();
    const imported = { key: 'csv:x', pair: 'csv:x', source: 'csv', pairLabel: 'Synthetic index', sourceLabel: 'your import', krw: false, marketFit: 'not-usd' as const };
    const props = { onChoose: vi.fn(), data, events, basket: { status: 'loading' } as const, onSettings: vi.fn(), from: 'a', to: 'b', createWorker: () => new FakeStudyWorker(), model: 'raw' as const, car: null, exclOverlap: false };
    const view = render(<StudyPanel lines={[...LINES, imported]} chosen="csv:x" {...props} />);
    await done();
    const panel = screen.getByRole('region', { name: 'Did it move the won?' });
    expect(panel).not.toHaveTextContent(/weaker won|stronger won/);
    // The heading line, the chart's legend and the table's caption.
    expect(panel.textContent!.split('+ = the series rose')).toHaveLength(4);
    view.unmount();
    render(<StudyPanel lines={LINES} chosen="USDKRW" {...props} />);
    await done();
    expect(screen.getByRole('region', { name: 'Did it move the won?' }).textContent!.split('+ = weaker won')).toHaveLength(4);
  });

  it('toggles excl=overlap, says how many are left out and shows the study without them', async () => {
    const { onSettings, rerender, data, events } = renderPanel();
    await done();
    const toggle = screen.getByRole('checkbox', { name: /Leave out overlapping events/ });
    expect(toggle).not.toBeChecked();
    expect(toggle.closest('label')).toHaveTextContent('(1 in view flagged)');
    await userEvent.click(toggle);
    expect(onSettings).toHaveBeenCalledWith({ exclOverlap: true });
    rerender(<StudyPanel lines={LINES} chosen="USDKRW" onChoose={vi.fn()} data={data} events={events} basket={{ status: 'loading' }} onSettings={onSettings} from="a" to="b" createWorker={() => new FakeStudyWorker()} model="raw" car={null} exclOverlap />);
    expect(screen.getByRole('checkbox', { name: /Leave out overlapping events/ }).closest('label')).toHaveTextContent('(1 in view left out)');
    const row = screen.getAllByRole('row').find((r) => r.getAttribute('data-group') === 'provocation' && r.getAttribute('data-window') === '0,0')!;
    expect(within(row).getByText('1 overlapping left out')).toBeInTheDocument();
    // Without the event at 900: CAR 0.5 and 1.0, N = 2, mean +0.750 %.
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('2');
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('+0.750 %');
  });

  it('checks the extra window as typed and keeps a bad one with a message', async () => {
    const { onSettings } = renderPanel();
    const field = screen.getByRole('textbox', { name: /Extra window/ });
    await userEvent.type(field, '5,2{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('The window starts after it ends (a = 5 > b = 2): type a ≤ b.');
    expect(field).toHaveValue('5,2');
    expect(onSettings).not.toHaveBeenCalled();
    await userEvent.clear(field);
    await userEvent.type(field, '0,10{Enter}');
    expect(onSettings).toHaveBeenCalledWith({ car: [0, 10] });
  });

  it('downloads the tests CSV: the exact header, a row per group × window, figures as computed by hand', async () => {
    renderPanel();
    await done();
    await userEvent.click(screen.getByRole('button', { name: 'Download tests CSV' }));
    const [text, name] = vi.mocked(downloadBlob).mock.calls[0] as [string, string];
    expect(name).toBe('krw-event-lens_tests_USDKRW_snapshot_2000-01-01_2002-09-26.csv');
    const [header, ...lines] = text.trimEnd().split('\n');
    expect(header).toBe(HEADER);
    // Two groups (provocation, sanction) × the five default windows.
    expect(lines).toHaveLength(10);
    const rows = lines.map(fields);
    const row = rows.find((r) => r[0] === 'provocation' && r[4] === '0,0')!;
    const [group, pair, source, model, window, n, mean, median, share, t, pT, pBmp, pSign, pRank, pPlacebo, q] = row;
    expect([group, pair, source, model, window, n]).toEqual(['provocation', 'USDKRW', 'snapshot', 'raw', '0,0', '3']);
    for (const f of row.slice(6)) expect(f).toMatch(/^-?\d+\.\d{6}$/);
    expect(Number(mean)).toBeCloseTo(1, 6);
    expect(Number(median)).toBeCloseTo(1, 6);
    expect(Number(share)).toBe(1);
    expect(Number(t)).toBeCloseTo(2 * Math.sqrt(3), 6);
    expect(Number(pT)).toBeCloseTo(1 - Math.sqrt(12 / 14), 6);
    // BMP: one σ_ε for all three events (the same alternating window), so the same t and p.
    expect(Number(pBmp)).toBeCloseTo(1 - Math.sqrt(12 / 14), 6);
    expect(Number(pSign)).toBe(0.25);
    // Cowan: p̂ = ½, Z = (3 − 1.5)/√0.75 = √3; two-sided normal p = erfc(√(3/2)) (mpmath).
    expect(Number(pRank)).toBeCloseTo(0.0832645166635504, 6);
    // Every calm day's CAR(0,0) is ±0.2: no placebo set reaches a mean of 1.
    expect(Number(pPlacebo)).toBe(0);
    // q: Benjamini–Hochberg over the ten rows' p_t, from the formula.
    const ps = rows.map((r) => (r[10] === '' ? NaN : Number(r[10])));
    const tested = ps.map((p, i) => [p, i] as const).filter(([p]) => Number.isFinite(p));
    const qs = bh(tested.map(([p]) => p));
    const mine = tested.findIndex(([, i]) => i === rows.indexOf(row));
    expect(Number(q)).toBeCloseTo(qs[mine], 6);
  });

  describe('in Korean', () => {
    beforeEach(() => activateLang('ko'));
    afterEach(() => activateLang('en'));

    it('titles the panel, reads the result and warns of a small N in Korean', async () => {
      renderPanel();
      expect(screen.getByRole('heading', { name: '이벤트가 원화를 움직였을까?' })).toBeInTheDocument();
      await done();
      const readings = screen.getAllByRole('listitem').filter((li) => li.closest('.st-readings'));
      const provocations = readings.find((li) => li.textContent!.startsWith('도발 3건에서'))!;
      // Raw returns, CAR(0,0) of 0.5, 1.0 and 1.5: a mean rise of 1.00 %, a weaker won.
      expect(provocations).toHaveTextContent('도발 3건에서 당일(T0) USD/KRW의 평균 상승률은 1.00 %였습니다(원화 약세; p = 0.074;');
      expect(provocations).toHaveTextContent('도발 3건뿐입니다.');
      expect(provocations).toHaveTextContent('1건 제외: 1건 — 추정 구간(T0−250 … T0−11)의 수익률이 120개 미만.');
      expect(provocations).toHaveTextContent('겹치는 이벤트 1건을 제외하면(N = 2)');
      expect(screen.getByText(/크기가 원인은 아닙니다/)).toBeInTheDocument();
    });

    it('names the table columns, the categories, the controls and the download in Korean', async () => {
      renderPanel({ exclOverlap: true });
      await done();
      const head = screen.getAllByRole('columnheader').map((h) => h.textContent);
      expect(head).toEqual(['그룹', '이벤트 창', 'N', '평균 CAR', '중앙값', '양(+) 비율', 't', 'p (t)', 'p (BMP)', 'p (부호)', 'p (일반화 부호)', 'p (플라시보)', 'q']);
      expect(screen.getByRole('rowheader', { name: /^도발/ })).toHaveTextContent('겹치는 이벤트 1건 제외');
      expect(screen.getByRole('rowheader', { name: '제재' })).toBeInTheDocument();
      expect(screen.getByRole('table').querySelector('caption')).toHaveTextContent('(검정이 없는 6개 행은 제외)');
      expect(screen.getByRole('checkbox', { name: /겹치는 이벤트 제외/ }).closest('label')).toHaveTextContent('(조회 범위 내 1건 제외됨)');
      expect(screen.getByRole('combobox', { name: '모형' })).toHaveTextContent('평균조정모형');
      expect(screen.getByRole('button', { name: '검정 결과 CSV 내려받기' })).toBeEnabled();
      expect(screen.getByRole('img', { name: 'CAR(0,0): 그룹별 평균 CAR와 95% 신뢰구간' })).toBeInTheDocument();
    });

    it('says why the market model is not used, and what is wrong with a typed window, in Korean', async () => {
      renderPanel({ model: 'market' });
      expect(screen.getByRole('note')).toHaveTextContent('아시아 통화 바스켓을 불러오는 중입니다. 그동안 평균조정모형 결과를 표시합니다.');
      const field = screen.getByRole('textbox', { name: '추가 이벤트 창 a,b' });
      await userEvent.type(field, '5,2{Enter}');
      expect(screen.getByRole('alert')).toHaveTextContent('이벤트 창의 시작이 끝보다 늦습니다(a = 5 > b = 2).');
      await done();
    });

    it('lets the user pick events with Korean words and dates', async () => {
      renderPanel();
      await userEvent.selectOptions(screen.getByRole('combobox', { name: '그룹' }), 'selection');
      const picker = document.querySelector('fieldset.st-picker') as HTMLElement;
      expect(picker).toHaveTextContent('선택한 이벤트: 조회 중인 이벤트 5건 중 0건');
      expect(picker).toHaveTextContent('2000.01.01');
      expect(picker).toHaveTextContent('(도발)');
      expect(screen.getByText('위 목록에서 이벤트를 선택하면 그룹이 만들어집니다.')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: '모두 선택' })).toBeInTheDocument();
    });
  });
});
