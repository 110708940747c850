// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { computeReactions } from '../model';
import { ReactionDetail } from './reaction-detail';
import { ev, knownZSeries } from './test-data';

const A = 0.005;
const PRE_VOL = 100 * A * Math.sqrt(60 / 59);
// A T0 log move of 2.2 pre_vols.
const B = (2.2 * PRE_VOL) / 100;
const CHG0 = (Math.exp(B) - 1) * 100;

function setup(opts: { source?: 'snapshot' | 'ecb'; event?: ReturnType<typeof ev>; zone?: string; others?: ReturnType<typeof ev>[] } = {}) {
  const source = opts.source ?? 'snapshot';
  const usd = knownZSeries('2016-01-06', A, B, 'USDKRW', source);
  const event = opts.event ?? ev('fourth-test', '2016-01-06', { time: '10:30', category: 'provocation', title: 'Synthetic nuclear test', tags: ['nuclear-test'] });
  const all = [event, ...(opts.others ?? [])];
  const rows = computeReactions(all, [usd]).filter((r) => r.event.id === event.id);
  const titles = new Map(all.map((e) => [e.id, { date: e.date, title: e.title }]));
  const onSelect = vi.fn();
  render(<ReactionDetail event={event} rows={rows} series={[usd]} win={[-10, 20]} titles={titles} onSelect={onSelect} zone={opts.zone ?? 'Europe/Berlin'} />);
  return { onSelect, rows };
}

describe('ReactionDetail', () => {
  it('shows the figures and a plain reading of z for a series with a known z', () => {
    setup();
    const region = screen.getByRole('region', { name: 'Market reaction figures' });
    const row = within(region).getByRole('row', { name: /USD\/KRW/ });
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[0]).toBe(`+${CHG0.toFixed(2)}%`);
    expect(cells[1]).toBe(`+${CHG0.toFixed(2)}%`); // flat after T0
    expect(cells[3]).toBe(`\u2212${((1 - Math.exp(-A)) * 100).toFixed(2)}%`); // pre_drift over five alternating returns
    expect(cells[4]).toBe(`${PRE_VOL.toFixed(2)}%`);
    expect(cells[5]).toBe('+2.20σ');
    expect(region).toHaveTextContent('+2.20σ — unusual relative to the previous 60 trading days');
  });

  it('says when the fix saw the news, in Seoul and in the viewer’s zone', () => {
    setup({ zone: 'Europe/Berlin' });
    const region = screen.getByRole('region', { name: 'Market reaction figures' });
    // 10:30 Seoul = 01:30 UTC; the H.10 fix of 2016-01-05 (17:00 UTC) was before it, so T0 is the 2016-01-06 noon fix.
    expect(region).toHaveTextContent('2016-01-06 10:30 Seoul = 2016-01-06 02:30 your time (Europe/Berlin)');
    expect(region).toHaveTextContent('the 2016-01-06 fix at noon New York = 2016-01-07 02:00 Seoul');
    expect(region).toHaveTextContent('the 2016-01-05 fix came before the announcement');
    expect(region).toHaveTextContent('T−1 2016-01-05');
    expect(region).toHaveTextContent('In your time (Europe/Berlin) the T0 fix was at 2016-01-06 18:00');
  });

  it('uses the ECB fix time when the source is ECB', () => {
    setup({ source: 'ecb' });
    const region = screen.getByRole('region', { name: 'Market reaction figures' });
    expect(region).toHaveTextContent('the 2016-01-06 fix at 14:15 Frankfurt = 2016-01-06 22:15 Seoul');
    expect(region).not.toHaveTextContent('came before the announcement');
  });

  it('cites the study that helps read a nuclear-test move', () => {
    setup();
    expect(screen.getByText(/Park, C\. & Park, S\. \(2020\)/)).toHaveAttribute('href', expect.stringMatching(/^https:/));
  });

  it('names the overlapping events and selects one on click', async () => {
    const { onSelect } = setup({ others: [ev('next-day-sanction', '2016-01-07', { title: 'A sanction the next day' })] });
    await userEvent.click(screen.getByRole('button', { name: /2016-01-07 A sanction the next day/ }));
    expect(onSelect).toHaveBeenCalledWith('next-day-sanction');
  });

  it('names the first 20 of many overlapping events and counts the rest', () => {
    const others = Array.from({ length: 25 }, (_, i) => ev(`crowd-${String(i).padStart(2, '0')}`, '2016-01-07', { title: `Crowd ${i}` }));
    setup({ others });
    const overlap = screen.getByText(/Another event falls within five observations/).closest('p')!;
    const named = within(overlap).getAllByRole('button').map((b) => b.textContent);
    expect(named).toEqual(others.slice(0, 20).map((e) => `2016-01-07 ${e.title}`));
    expect(overlap).toHaveTextContent(/Crowd 19 and 5 more$/);
  });

  it('says in words why there is no reaction after the last observation', () => {
    setup({ event: ev('too-late', '2030-01-02') });
    const usdLast = knownZSeries('2016-01-06', A, B).days.at(-1)!;
    const lastIso = new Date(usdLast * 86_400_000).toISOString().slice(0, 10);
    expect(screen.getByText(`No reaction: the event is after the last observation of this source (${lastIso}).`)).toBeInTheDocument();
  });
});
