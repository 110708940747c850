// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { computeReactions, eventStudyFigures, studyWindows, type StudyBasket } from '../model';
import { studyWorld } from '../model/test-fixtures';
import { ReactionDetail } from './reaction-detail';
import { Scorecard } from './scorecard';
import { ev, showAllScorecardColumns } from './test-data';

// The hand-worked world (test-fixtures studyWorld): USD/KRW under the market model at T0 = 280 has
// α = 0.05, β = 1.5, σ_ε = √(2.4/238) = 0.1004, AR₀ = 0.9, CAR(0,1) = 0.8, CAR(0,5) = 0.8,
// CAR(0,20) = 0.9, CAR(−5,−1) = −0.1; JPY/KRW falls back to mean: AR₀ = 2.4. An event at index 130
// has 119 usable estimation returns (< 120).
const { T0, dates, usd, jpy, members } = studyWorld();
const jump = ev('synthetic-jump', dates[T0], { title: 'Synthetic jump' });
const early = ev('synthetic-early', dates[130], { title: 'Synthetic early' });
const rows = computeReactions([jump, early], [usd, jpy]);
const ready: StudyBasket = { status: 'ready', members };
const study = (basket: StudyBasket = ready) => eventStudyFigures(rows, [usd, jpy], 'market', studyWindows(null), () => basket);

function detail(s: ReturnType<typeof study> | null, event = jump) {
  const own = rows.filter((r) => r.event.id === event.id);
  render(<ReactionDetail event={event} rows={own} series={[usd, jpy]} win={[-5, 5]} titles={new Map()} onSelect={() => undefined} zone="UTC" study={s} />);
  return screen.getByRole('region', { name: 'Market reaction figures' });
}

describe('event detail: abnormal returns', () => {
  it('shows AR₀ and the CARs by window, σ_ε, α and β per series, and the cross’s fallback to mean', () => {
    const region = detail(study());
    const table = within(within(region).getByRole('region', { name: /^Abnormal returns/ })).getByRole('table');
    const heads = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(heads).toEqual(['Series', 'AR₀ = CAR(0,0)', 'CAR(0,1)', 'CAR(0,5)', 'CAR(0,20)', 'CAR(−5,−1)', 'σ_ε', 'α', 'β']);
    const cells = (name: RegExp) => within(within(table).getByRole('row', { name })).getAllByRole('cell').map((c) => c.textContent);
    expect(cells(/^\s*USD\/KRW/)).toEqual(['+0.90%', '+0.80%', '+0.80%', '+0.90%', '\u22120.10%', '0.10%', '+0.050', '+1.50']);
    expect(cells(/^\s*JPY\/KRW(?!:)/).slice(0, 2)).toEqual(['+2.40%', expect.stringMatching(/%$/)]);
    expect(region).toHaveTextContent('JPY/KRW: mean-adjusted: the market model is for USD-based series');
    expect(region).toHaveTextContent('market model: AR = r − (α + β·basket) · % log points, + = weaker won');
  });

  it('says why there are none: too few estimation returns', () => {
    detail(study(), early);
    expect(screen.getAllByText('No abnormal returns: only 119 usable returns in T0−250…T0−11 (120 needed).')).toHaveLength(2);
  });

  it('says the basket is loading, and that the figures are being computed', () => {
    const region = detail(study({ status: 'loading' }));
    expect(within(region).getByText('No abnormal returns: the regional basket is still loading.')).toBeInTheDocument();
    const ar = within(region).getByRole('region', { name: /^Abnormal returns/ });
    expect(within(ar).getByRole('row', { name: /^\s*JPY\/KRW(?!:)/ })).toHaveTextContent('+2.40%'); // mean needs no basket
    document.body.innerHTML = '';
    detail(null);
    expect(screen.getByRole('status')).toHaveTextContent('Abnormal returns: computing…');
  });
});

describe('scorecard: AR₀, CAR(0,5) and CAR(0,20) columns', () => {
  beforeEach(() => showAllScorecardColumns());
  afterEach(() => localStorage.clear());
  const column = (label: string) => screen.getAllByRole('columnheader').findIndex((h) => h.textContent?.startsWith(label));
  const order = () => [...document.querySelectorAll('tbody tr')].map((tr) => `${tr.getAttribute('data-row-event-id')}|${tr.getAttribute('data-pair')}`);

  it('shows the figures, the reason when there are none, and sorts by them with missing ones last', async () => {
    render(<Scorecard rows={rows} selectedId={null} theme="light" onSelect={() => undefined} study={study()} />);
    const cellOf = (id: string, pair: string, label: string) => document.querySelector(`tr[data-row-event-id="${id}"][data-pair="${pair}"]`)!.children[column(label)];
    expect(cellOf('synthetic-jump', 'USDKRW', 'AR₀ %').textContent).toBe('+0.90');
    expect(cellOf('synthetic-jump', 'USDKRW', 'CAR(0,5) %').textContent).toBe('+0.80');
    expect(cellOf('synthetic-jump', 'USDKRW', 'CAR(0,20) %').textContent).toBe('+0.90');
    expect(cellOf('synthetic-jump', 'JPYKRW', 'AR₀ %').textContent).toBe('+2.40');
    expect(cellOf('synthetic-jump', 'JPYKRW', 'AR₀ %')).toHaveAttribute('title', expect.stringContaining('mean model'));
    expect(cellOf('synthetic-early', 'USDKRW', 'AR₀ %').textContent).toBe('119 < 120 returns');
    expect(cellOf('synthetic-early', 'USDKRW', 'CAR(0,5) %')).toHaveAttribute('title', 'only 119 usable returns in T0−250…T0−11 (120 needed)');

    const header = screen.getAllByRole('columnheader')[column('AR₀ %')];
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(order()).toEqual(['synthetic-jump|USDKRW', 'synthetic-jump|JPYKRW', 'synthetic-early|USDKRW', 'synthetic-early|JPYKRW']);
    await userEvent.click(within(header).getByRole('button'));
    expect(order()).toEqual(['synthetic-jump|JPYKRW', 'synthetic-jump|USDKRW', 'synthetic-early|USDKRW', 'synthetic-early|JPYKRW']);
  });

  it("shows each event's σ_ε and β (β only under the market model, why not in its title), sortable", async () => {
    render(<Scorecard rows={rows} selectedId={null} theme="light" onSelect={() => undefined} study={study()} />);
    const cellOf = (id: string, pair: string, label: string) => document.querySelector(`tr[data-row-event-id="${id}"][data-pair="${pair}"]`)!.children[column(label)];
    // USD/KRW (market): σ_ε = √(2.4/238) = 0.1004, β = 1.5.
    expect(cellOf('synthetic-jump', 'USDKRW', 'σ_ε %').textContent).toBe('0.100');
    expect(cellOf('synthetic-jump', 'USDKRW', 'β').textContent).toBe('+1.50');
    // JPY/KRW falls back to mean: a σ_ε, no β, and the title says why.
    expect(cellOf('synthetic-jump', 'JPYKRW', 'σ_ε %').textContent).toMatch(/^\d+\.\d{3}$/);
    expect(cellOf('synthetic-jump', 'JPYKRW', 'β').textContent).toBe('');
    expect(cellOf('synthetic-jump', 'JPYKRW', 'β')).toHaveAttribute('title', expect.stringContaining('the market model is for USD-based series'));
    // No fit at all: a dash, and the reason.
    expect(cellOf('synthetic-early', 'USDKRW', 'σ_ε %').textContent).toBe('—');
    expect(cellOf('synthetic-early', 'USDKRW', 'β')).toHaveAttribute('title', 'only 119 usable returns in T0−250…T0−11 (120 needed)');

    // JPY/KRW's mean-model residual keeps the basket's moves (1.5·m, m = 1, −1, 0): far above 0.1.
    const header = screen.getAllByRole('columnheader')[column('σ_ε %')];
    await userEvent.click(within(header).getByRole('button'));
    expect(order()).toEqual(['synthetic-jump|USDKRW', 'synthetic-jump|JPYKRW', 'synthetic-early|USDKRW', 'synthetic-early|JPYKRW']);
    await userEvent.click(within(header).getByRole('button'));
    expect(order()).toEqual(['synthetic-jump|JPYKRW', 'synthetic-jump|USDKRW', 'synthetic-early|USDKRW', 'synthetic-early|JPYKRW']);
    await userEvent.click(within(screen.getAllByRole('columnheader')[column('β')]).getByRole('button'));
    expect(order()[0]).toBe('synthetic-jump|USDKRW');
  });

  it('leaves β empty under the raw model and says why', () => {
    render(<Scorecard rows={rows} selectedId={null} theme="light" onSelect={() => undefined} study={eventStudyFigures(rows, [usd, jpy], 'raw', studyWindows(null), () => ready)} />);
    const beta = document.querySelector('tr[data-row-event-id="synthetic-jump"][data-pair="USDKRW"]')!.children[column('β')];
    expect(beta.textContent).toBe('');
    expect(beta).toHaveAttribute('title', expect.stringContaining('the raw model has none'));
  });

  it('shows "…" while the figures are computed', () => {
    render(<Scorecard rows={rows} selectedId={null} theme="light" onSelect={() => undefined} study={null} />);
    const cell = document.querySelector('tr[data-pair="USDKRW"]')!.children[column('CAR(0,20) %')];
    expect(cell.textContent).toBe('…');
  });
});
