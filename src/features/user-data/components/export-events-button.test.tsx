// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { withDays } from '../../events/model/filter-events';
import { ExportEventsButton } from './export-events-button';

const downloadBlob = vi.hoisted(() => vi.fn());
vi.mock('../../../components/ui/download', () => ({ downloadBlob }));

const events = withDays([
  { id: 'evt-one', date: '2016-01-06', timezone: 'Asia/Seoul', category: 'provocation', actor: 'DPRK', title: '=Fourth test', summary: 's', source_url: 'https://a.org/' },
]);

describe('ExportEventsButton', () => {
  beforeEach(() => downloadBlob.mockClear());

  it('exports the listed events as CSV, or as JSON when chosen', async () => {
    render(<ExportEventsButton events={events} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export events' }));
    expect(downloadBlob).toHaveBeenCalledWith(
      expect.stringMatching(/^id,date,time,timezone,category,actor,title,summary,source_url,tags,importance,title_ko,summary_ko\nevt-one,2016-01-06,,Asia\/Seoul,provocation,DPRK,'=Fourth test,s,https:\/\/a\.org\/,,,,\n$/),
      expect.stringMatching(/^krw-events-\d{4}-\d\d-\d\d\.csv$/),
      'text/csv;charset=utf-8',
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Export format' }), 'JSON');
    await userEvent.click(screen.getByRole('button', { name: 'Export events' }));
    const [text, name, type] = downloadBlob.mock.calls[1];
    expect(JSON.parse(text)).toEqual([{ id: 'evt-one', date: '2016-01-06', timezone: 'Asia/Seoul', category: 'provocation', actor: 'DPRK', title: '=Fourth test', summary: 's', source_url: 'https://a.org/' }]);
    expect(name).toMatch(/\.json$/);
    expect(type).toBe('application/json;charset=utf-8');
  });

  it('is disabled when no event is listed', () => {
    render(<ExportEventsButton events={[]} />);
    expect(screen.getByRole('button', { name: 'Export events' })).toBeDisabled();
  });
});
