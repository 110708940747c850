// @vitest-environment jsdom
// "Your series" and the series import in Korean: what a Korean reader sees.
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { activateLang, translate } from '../../../i18n/i18n';
import { openSeriesDb, type NewSeries } from '../store/series-db';
import { createUserSeriesStore, type UserSeriesStore } from '../store/user-series-store';
import { openWithFailingWrites, freshSeriesDbPerTest } from './series-test-kit';
import { loadReportNotices, notStoredNotice } from './user-series-messages';
import { YourSeriesButton } from './your-series-button';

const ndf: NewSeries = {
  name: 'My NDF', unit: 'KRW per 1 USD', color: 'teal', resolution: 'daily', fix: { zone: 'Asia/Seoul', time: '23:59' },
  instants: new Float64Array([Date.UTC(2024, 0, 2), Date.UTC(2024, 0, 3), Date.UTC(2024, 0, 4)]), values: new Float64Array([1300, 1301, 1302]),
};

let store: UserSeriesStore;
freshSeriesDbPerTest(() => store);

describe('Your series in Korean', () => {
  beforeEach(() => activateLang('ko'));
  afterEach(() => activateLang('en'));

  it('lists the series with Korean labels and facts, and says in Korean why a change failed', async () => {
    const seeded = await openSeriesDb();
    if (!seeded.ok) throw new Error(seeded.code);
    await seeded.value.save(ndf, new Date('2026-12-01T00:00:00Z'));
    seeded.value.close();
    store = createUserSeriesStore(openWithFailingWrites('db.quota'));
    await store.getState().load();
    render(<YourSeriesButton shownIds={[]} onToggleShown={() => undefined} useStore={store} />);
    await userEvent.click(screen.getByRole('button', { name: '내 시계열 (1)' }));
    const dialog = screen.getByRole('dialog', { name: '내 시계열' });
    const [item] = await within(dialog).findAllByRole('listitem');
    expect(item).toHaveTextContent('KRW per 1 USD · 일별 · 3행 · 2024-01-02T00:00Z – 2024-01-04T00:00Z');
    expect(within(dialog).getByRole('checkbox', { name: 'My NDF 표시' })).not.toBeChecked();
    const colour = within(dialog).getByRole('combobox', { name: 'My NDF의 색상' });
    expect(within(colour).getByRole('option', { name: '장미색' })).toBeInTheDocument();
    await userEvent.selectOptions(colour, 'rose');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'My NDF의 색상을 바꾸지 못했습니다(이 브라우저의 사이트 저장 공간이 가득 참(필요 없는 시계열을 삭제하거나 공간을 확보하십시오)). 기존 상태 그대로 유지됩니다.',
    );
    expect(within(dialog).getByRole('button', { name: '닫기' })).toBeInTheDocument();
  });

  it('gives the notice bar messages that read in Korean', () => {
    expect(translate(notStoredNotice('usdkrw.csv', 'db.unavailable'))).toBe(
      'usdkrw.csv을(를) 가져오지 못했습니다(이 브라우저가 사이트의 데이터 저장을 허용하지 않음(시크릿 모드이거나 사이트 데이터가 꺼져 있음)). 이전에 저장한 내용은 바뀌지 않았습니다.',
    );
    expect(loadReportNotices({ failure: { code: 'db.failed' }, skipped: [] }).map((m) => translate(m))).toEqual([
      '가져온 내 시계열을 읽을 수 없습니다(브라우저가 저장하지 못함).',
    ]);
  });
});
