import type { EventInput } from '../model/event-schema';

/** Built-in events 2024: facts checked against the linked source (own wording), sorted by date and local time. */
export const EVENTS_2024: EventInput[] = [
  {
    id: '2024-03-28-russia-vetoes-panel-of-experts', date: '2024-03-28', timezone: 'America/New_York',
    category: 'sanction', actor: 'Russia/UN-Security-Council', importance: 2,
    title: 'Russia\'s veto ends the UN sanctions expert panel',
    summary: 'At a morning meeting in New York, Russia vetoed a US draft that would have renewed the 1718 Committee\'s Panel of Experts until 30 April 2025 (13 in favour, China abstaining). No exact time is recorded.',
    source_url: 'https://press.un.org/en/2024/sc15648.doc.htm',
    tags: ['unsc', 'veto', 'russia', 'time-not-recorded'],
  },
  {
    id: '2024-07-01-onshore-fx-hours-extended', date: '2024-07-01', timezone: 'Asia/Seoul',
    category: 'fx-policy', actor: 'South-Korea-Government/Bank-of-Korea', importance: 2,
    title: 'Won-dollar market stays open until 02:00 KST',
    summary: 'Onshore trading now runs from 09:00 to 02:00 the following day instead of closing at 15:30, and registered foreign institutions can participate.',
    source_url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=186093',
    tags: ['fx-market'],
  },
  {
    id: '2024-10-08-ftse-wgbi-inclusion', date: '2024-10-08', time: '21:00', timezone: 'Europe/London',
    category: 'fx-policy', actor: 'FTSE-Russell', importance: 2,
    title: 'FTSE Russell to add Korea to World Government Bond Index',
    summary: 'FTSE Russell\'s September 2024 country-classification results, published after the US close (about 21:00 in London, early 9 October in Korea), said Korean government bonds would join the WGBI from November 2025, phased in over a year.',
    source_url: 'https://lseg.com/en/media-centre/press-releases/ftse-russell/2024/ftse-russell-country-classification-september-2024',
    tags: ['wgbi', 'bonds'],
  },
  {
    id: '2024-10-11-bok-first-cut-since-2020', date: '2024-10-11', timezone: 'Asia/Seoul',
    category: 'monetary-policy', actor: 'Bank-of-Korea', importance: 2,
    title: 'Bank of Korea cuts rates for the first time since 2020',
    summary: 'By a 6-1 vote the BoK trimmed its base rate 25bp to 3.25%, ending the tightening cycle that started in August 2021.',
    source_url: 'https://www.donga.com/en/article/all/20241012/5221639/1',
    tags: ['bok', 'rate-cut'],
  },
  {
    id: '2024-11-14-us-fx-monitoring-list', date: '2024-11-14', timezone: 'America/New_York',
    category: 'fx-policy', actor: 'US-Treasury', importance: 2,
    title: 'US Treasury returns Korea to currency monitoring list',
    summary: 'The semiannual FX report put South Korea back on the watch list a year after dropping it (15 November KST).',
    source_url: 'https://koreajoongangdaily.joins.com/news/2024-11-15/business/economy/US-reinstates-Korea-on-foreign-exchange-watchlist-after-oneyear-absence/2178531',
    tags: ['fx-report', 'time-not-recorded'],
  },
  {
    id: '2024-11-28-bok-surprise-cut-to-3', date: '2024-11-28', timezone: 'Asia/Seoul',
    category: 'monetary-policy', actor: 'Bank-of-Korea', importance: 2,
    title: 'Bank of Korea surprises with second straight cut, to 3.00%',
    summary: 'The BoK cut by a further 25bp and downgraded its growth outlook; the won was about 0.3% weaker, near 1,392 per dollar, after the announcement.',
    source_url: 'https://www.nbcchicago.com/news/business/money-report/bank-of-korea-cuts-benchmark-lending-rate-by-25-basis-points-in-a-surprise-move/3611635/',
    tags: ['bok', 'rate-cut'],
  },
  {
    id: '2024-12-03-yoon-declares-martial-law', date: '2024-12-03', time: '22:27', timezone: 'Asia/Seoul',
    category: 'political', actor: 'South-Korea-President', importance: 3,
    title: 'Yoon imposes emergency martial law in late-night address',
    summary: 'In a late-night televised address, which began at about 22:23 KST and lasted some six minutes, Yoon declared emergency martial law, accusing the opposition of anti-state activity.',
    source_url: 'https://www.trtworld.com/article/82a43fcee2fd',
    tags: ['martial-law'],
  },
];
