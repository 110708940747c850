// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { activateLang } from '../../../i18n/i18n';
import { withDays } from '../model/filter-events';
import { EventDetails } from './event-details';
import { EventFilters } from './event-filters';
import { EventList } from './event-list';

const events = withDays([
  {
    id: 'evt-one', date: '2016-01-06', time: '10:00', timezone: 'Asia/Seoul', category: 'provocation', actor: 'DPRK', importance: 3,
    title: 'Fourth nuclear test', summary: 'English summary', title_ko: '4차 핵실험', summary_ko: '한국어 요약입니다.', source_url: 'https://a.org/', tags: ['nuclear-test'],
  },
  { id: 'evt-two', date: '2016-03-02', timezone: 'America/New_York', category: 'sanction', actor: 'UN', title: 'Resolution 2270', summary: 's', source_url: '' },
]);

describe('the events in Korean', () => {
  beforeAll(() => activateLang('ko'));
  afterAll(() => activateLang('en'));

  it('lists the Korean titles, dates in the Korean form and the count in 건', () => {
    render(<EventList events={events} total={5} selectedId={null} theme="light" onSelect={() => undefined} isUser={(id) => id === 'evt-two'} dataEnd="2016-02-01" />);
    expect(screen.getByText('이벤트 5건 중 2건')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: '이벤트 목록' })).toBeInTheDocument();
    const one = document.querySelector('[data-list-event-id="evt-one"]')!;
    expect(one).toHaveTextContent('2016.01.06');
    expect(one).toHaveTextContent('4차 핵실험');
    expect(one.querySelector('.importance')).toHaveTextContent('●●● 중대');
    expect(one.querySelector('.importance')).toHaveAttribute('title', '중요도: 중대');
    // No Korean title: the English one is shown; an imported event without a rating is 미평가.
    const two = document.querySelector('[data-list-event-id="evt-two"]')!;
    expect(two).toHaveTextContent('Resolution 2270');
    expect(two).toHaveTextContent('내 이벤트');
    expect(two.querySelector('.importance')).toHaveTextContent('미평가');
    expect(two.querySelector('.after-data-badge')).toHaveAttribute('title', '표시 중인 출처의 데이터는 2016.02.01까지입니다. 이 이벤트에 해당하는 환율이 없습니다.');
  });

  it('says in a sentence that nothing matches', () => {
    render(<EventList events={[]} total={5} selectedId={null} theme="light" onSelect={() => undefined} />);
    expect(screen.getByText('필터 조건에 맞는 이벤트가 없습니다.')).toBeInTheDocument();
  });

  it('shows the selected event in Korean: category, long date, title, summary, source', () => {
    render(<EventDetails event={events[0]} theme="light" onPrev={() => undefined} onNext={() => undefined} />);
    const region = screen.getByRole('region', { name: '선택한 이벤트' });
    expect(within(region).getByRole('heading', { name: '4차 핵실험' })).toBeInTheDocument();
    expect(region).toHaveTextContent('도발');
    expect(region).toHaveTextContent('2016년 1월 6일 10:00 · 한국시간(KST)');
    expect(region).toHaveTextContent('· 북한');
    expect(region).toHaveTextContent('한국어 요약입니다.');
    expect(region).toHaveTextContent('출처:');
    expect(region).toHaveTextContent('태그: nuclear-test');
    expect(screen.getByRole('button', { name: '이전 이벤트' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '다음 이벤트' })).toBeInTheDocument();
  });

  it('says when the time and the source are not recorded', () => {
    render(<EventDetails event={events[1]} theme="light" onPrev={() => undefined} onNext={() => undefined} />);
    const region = screen.getByRole('region', { name: '선택한 이벤트' });
    expect(region).toHaveTextContent('2016년 3월 2일 (시각 기록 없음)');
    expect(region).toHaveTextContent('출처: 없음');
    expect(region).toHaveTextContent('제재');
  });

  it('labels the filters in Korean', () => {
    render(<EventFilters cats={['sanction']} actor={null} q="" imp={1} actors={['DPRK']} theme="light" onChange={() => undefined} />);
    expect(screen.getByRole('searchbox', { name: '이벤트 검색' })).toHaveAttribute('placeholder', '이벤트 검색 (제목, 요약, 주체, 태그)');
    const actor = screen.getByRole('combobox', { name: '주체별 이벤트 필터' });
    expect(within(actor).getAllByRole('option').map((o) => o.textContent)).toEqual(['전체 주체', '북한']);
    const imp = screen.getByRole('combobox', { name: '최소 중요도' });
    expect(within(imp).getAllByRole('option').map((o) => o.textContent)).toEqual(['전체 중요도', '주요 이상', '중대 이벤트만']);
    expect(screen.getByRole('checkbox', { name: '통화정책' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: '제재' })).toBeChecked();
  });
});
