// @vitest-environment jsdom
// The user-data views in Korean: what a Korean reader sees (the catalog's Korean words).
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { activateLang } from '../../../i18n/i18n';
import type { KrwEvent } from '../../events/model/event-schema';
import { parseSeriesCsv } from '../model/series-csv';
import { useEventFormStore } from '../store/event-form-store';
import { resetUserEventsStore, useUserEventsStore } from '../store/user-events-store';
import { AddEventButton, EventFormHost } from './event-form-controls';
import { ExportEventsButton } from './export-events-button';
import { ImportEventsButton } from './import-events-button';
import { SeriesImportPreview } from './series-import-preview';
import { UserEventsManager } from './user-events-manager';

const mine: KrwEvent = {
  id: 'my-event', date: '2016-02-10', timezone: 'Asia/Seoul', category: 'political', actor: 'ROK',
  title: 'Kaesong closed', summary: 'Closed.', source_url: '', title_ko: '개성공단 가동 중단',
};

describe('user data in Korean', () => {
  beforeEach(async () => {
    localStorage.clear();
    resetUserEventsStore();
    useEventFormStore.setState({ request: null });
    await activateLang('ko');
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await activateLang('en');
  });

  it('the event form: Korean labels, category names and field messages, and the Korean title saved', async () => {
    render(
      <>
        <AddEventButton />
        <EventFormHost builtInEvents={[]} today={() => '2026-12-02'} />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: '이벤트 추가' }));
    const dialog = await screen.findByRole('dialog', { name: '이벤트 추가' });
    const title = within(dialog).getByLabelText('제목');
    await userEvent.type(title, 'UN');
    expect(within(dialog).getByText('제목(title) "UN"이(가) 너무 짧습니다(3자 이상)')).toBeInTheDocument();
    await userEvent.type(title, ' Resolution 2270');
    await userEvent.type(within(dialog).getByLabelText('제목(한국어)'), '안보리 결의 2270호');
    await userEvent.type(within(dialog).getByLabelText('날짜'), '2016-03-02');
    const category = within(dialog).getByLabelText('분류');
    expect(within(category).getByRole('option', { name: '제재' })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '저장' }));
    expect(within(dialog).getByText('분류(category) 값이 없습니다')).toBeInTheDocument();
    await userEvent.selectOptions(category, '제재');
    await userEvent.click(within(dialog).getByRole('button', { name: '저장' }));
    expect(useUserEventsStore.getState().events).toMatchObject([{ title: 'UN Resolution 2270', title_ko: '안보리 결의 2270호', category: 'sanction' }]);
  });

  it('"Your events" lists the Korean title and a Korean date, and asks in Korean before removing all', async () => {
    useUserEventsStore.getState().saveOne(mine, null);
    render(<UserEventsManager />);
    await userEvent.click(screen.getByRole('button', { name: '내 이벤트 (1)' }));
    const list = screen.getByRole('list', { name: '내 이벤트' });
    expect(within(list).getByText('개성공단 가동 중단')).toBeInTheDocument();
    expect(within(list).getByText('2016.02.10')).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: '개성공단 가동 중단(2016.02.10) 삭제' })).toBeInTheDocument();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await userEvent.click(screen.getByRole('button', { name: '내 이벤트 모두 삭제' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('이 브라우저에서 내 이벤트 1건을 모두 삭제하시겠습니까?'));
  });

  it('export and import: Korean buttons, and the import preview with its problem in Korean', async () => {
    const onReport = vi.fn();
    render(
      <>
        <ExportEventsButton events={[mine]} />
        <ImportEventsButton builtInEvents={[]} onReport={onReport} today={() => '2026-12-02'} />
      </>,
    );
    expect(screen.getByRole('button', { name: '이벤트 내보내기' })).toHaveAttribute('title', '목록의 이벤트 1건을 CSV 파일로 저장');
    const input = screen.getByLabelText('가져올 이벤트 파일 (CSV 또는 JSON)');
    const csv = ['date,title,category', '2016-03-02,UN Resolution 2270,sanction', '2017-02-30,Not a day,sanction'].join('\n');
    await userEvent.upload(input, new File([csv], 'analyst.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('dialog', { name: 'analyst.csv에서 이벤트 가져오기' });
    expect(within(dialog).getByText('이벤트 1건을 찾았습니다.')).toBeInTheDocument();
    expect(within(dialog).getByRole('list', { name: '발견된 문제' })).toHaveTextContent('3행: 날짜(date) "2017-02-30"은(는) 실제 날짜가 아닙니다(YYYY-MM-DD)');
    await userEvent.click(within(dialog).getByRole('button', { name: '가져오기' }));
    // The events are stored in steps (a task each), then reported.
    await waitFor(() => expect(onReport).toHaveBeenCalledWith([expect.stringMatching(/^analyst\.csv에서 이벤트 1건을 가져왔습니다; 1개 행을 건너뜀: 3행: 날짜\(date\)/)]));
  });

  it('the series import preview: Korean facts and field names', () => {
    const result = parseSeriesCsv('date,value\n2024-01-02,1300.5\n2024-01-03,1310\n', { timeZone: 'Asia/Seoul', fixTime: '15:30' });
    render(<SeriesImportPreview fileName="krw.csv" result={result} settings={{ timeZone: 'Asia/Seoul', fixTime: '15:30' }} onSettingsChange={() => undefined} onConfirm={() => undefined} onCancel={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'krw.csv에서 시계열 가져오기' });
    expect(within(dialog).getByText('행 수')).toBeInTheDocument();
    expect(within(dialog).getByText('잘못된 행이 없습니다.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('이름')).toHaveValue('krw');
    expect(within(dialog).getByRole('button', { name: '확인' })).toBeInTheDocument();
  });
});
