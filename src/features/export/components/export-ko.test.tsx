// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { activateLang } from '../../../i18n/i18n';
import { seriesOf } from '../../rates/model/test-fixtures';
import type { UnixMs } from '../../../lib/units';
import { DownloadDataCsvButton } from './download-data-csv-button';
import { ImageButtons } from './image-buttons';
import { ShareActions } from './share-actions';

const emptyMeta = () => ({ title: '', subtitle: '', legend: [], axisTitles: { left: '', right: null }, source: '', span: { from: 0, to: 1 }, events: [], notesHeading: '', unlistedNote: () => '' });

describe('the export controls in Korean', () => {
  beforeAll(() => activateLang('ko'));
  afterAll(() => activateLang('en'));

  it('names the downloads in Korean', () => {
    const s = seriesOf([['2024-01-02', 1300]]);
    render(
      <>
        <ImageButtons getMeta={emptyMeta} fileBase="chart" />
        <DownloadDataCsvButton series={[s]} from={0 as UnixMs} to={1e13 as UnixMs} />
      </>,
    );
    expect(screen.getByRole('button', { name: 'PNG 내려받기' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'SVG 내려받기' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '데이터 CSV 내려받기' })).toBeEnabled();
  });

  it('says in Korean that there is no chart to export yet', async () => {
    render(<ImageButtons getMeta={emptyMeta} fileBase="chart" />);
    await userEvent.click(screen.getByRole('button', { name: 'PNG 내려받기' }));
    expect(screen.getByRole('alert')).toHaveTextContent('내보낼 차트가 아직 없습니다.');
  });

  it('offers the link and the embed code in Korean, and says when the link is copied', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ShareActions url="https://x.test/?a=1" embedUrl="https://x.test/?embed=1" title="t" />);
    await userEvent.click(screen.getByRole('button', { name: '링크 복사' }));
    expect(writeText).toHaveBeenCalledWith('https://x.test/?a=1');
    expect(await screen.findByRole('status')).toHaveTextContent('링크를 복사했습니다');
    await userEvent.click(screen.getByRole('button', { name: '임베드' }));
    const dialog = screen.getByRole('dialog', { name: '이 화면 임베드' });
    expect(dialog).toHaveTextContent('HTML을 넣을 수 있는 웹페이지나 슬라이드 도구에 붙여 넣으십시오.');
    expect(screen.getByRole('textbox', { name: '임베드 코드' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '임베드 코드 복사' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '닫기' })).toBeInTheDocument();
  });
});
