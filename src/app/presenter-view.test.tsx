// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { activateLang, loadAreas } from '../i18n/i18n';
import { resetViewStore } from '../lib/view-store';
import { renderApp } from '../../test/render';

const FOURTH = '2016-01-06-fourth-nuclear-test';
const param = (k: string) => new URLSearchParams(window.location.search).get(k);

describe('presenter mode in the app', () => {
  // Presenter mode's lazy code and messages, loaded once here (the first load transforms its whole module graph).
  beforeAll(() => Promise.all([import('./presenter-view'), loadAreas(['reactions'])]), 60_000);
  beforeEach(() => resetViewStore());

  it('shows the linked event with its figures, steps with → into the URL and leaves with Esc', async () => {
    renderApp(`?source=snapshot&present=1&event=${FOURTH}`);
    const dialog = await screen.findByRole('dialog', { name: 'Presenter mode' }, { timeout: 10_000 });
    expect(await within(dialog).findByRole('heading', { level: 1 }, { timeout: 10_000 })).toHaveTextContent('North Korea claims hydrogen bomb in fourth nuclear test');
    expect(within(dialog).getByTestId('presenter-when')).toHaveTextContent('10:30 Seoul time');
    // The figures come from the bundled H.10 rates: three signed figures for USD/KRW.
    const figures = await within(dialog).findByTestId('presenter-figures', {}, { timeout: 10_000 });
    await waitFor(() => expect(figures.querySelectorAll('.presenter-figure-value')).toHaveLength(3));
    for (const v of figures.querySelectorAll('.presenter-figure-value')) expect(v.textContent).toMatch(/^[+−]\d+\.\d\d(%|σ)$/);
    const position = within(dialog).getByTestId('presenter-position').textContent!;
    const [n, total] = position.split(' / ').map(Number);
    expect(n).toBeGreaterThan(1);
    expect(total).toBeGreaterThan(n);

    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(param('event')).not.toBe(FOURTH));
    expect(within(dialog).getByTestId('presenter-position')).toHaveTextContent(`${n + 1} / ${total}`);
    // (PageUp/PageDown, Home and End: presenter-steps.test.ts and the end-to-end test.)
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Presenter mode' })).toBeNull());
    expect(param('present')).toBeNull();
  });

  it('speaks Korean', async () => {
    await activateLang('ko');
    try {
      renderApp(`?source=snapshot&present=1&event=${FOURTH}&lang=ko`);
      const dialog = await screen.findByRole('dialog', { name: '발표 모드' }, { timeout: 10_000 });
      expect(await within(dialog).findByTestId('presenter-when', {}, { timeout: 10_000 })).toHaveTextContent('2016년 1월 6일 · 서울 시각 10:30');
      expect(within(dialog).getByRole('button', { name: '나가기 (Esc)' })).toBeInTheDocument();
      expect(await within(dialog).findByText('당일 변동', { exact: false }, { timeout: 10_000 })).toBeInTheDocument();
    } finally {
      await activateLang('en');
    }
  });
});
