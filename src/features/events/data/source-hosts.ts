/**
 * Where a built-in event's `source_url` may point (ISSUE 11, item 2).
 *
 * An allow-list rather than a deny-list: a deny-list of patterns (blogs, wiki
 * mirrors, IPFS and workers.dev gateways, tripod pages) only catches what was
 * thought of, while an allow-list makes every new host a deliberate choice that
 * a reviewer sees in this file. The order of preference is the announcing
 * body's own page, then a wire service or a major newspaper or broadcaster.
 * A host matches itself and its subdomains (`un.org` allows `press.un.org`).
 * The unit test in built-in-events-sources.test.ts holds the set to it.
 */
export const ALLOWED_SOURCE_HOSTS: Readonly<Record<string, string>> = {
  // Announcing bodies and official archives
  'un.org': 'United Nations (press releases, resolutions, UN News)',
  'treasury.gov': 'US Treasury press releases',
  'newyorkfed.org': 'Federal Reserve Bank of New York circulars',
  'fraser.stlouisfed.org': 'St. Louis Fed archive of US Treasury press releases',
  'voa.gov': 'Voice of America editorials, the US government\'s stated position',
  'korea.net': 'Korean government portal (Bank of Korea announcements)',
  'boj.or.jp': 'Bank of Japan releases',
  'mas.gov.sg': 'Monetary Authority of Singapore releases',
  'moef.go.kr': 'Korea\'s Ministry of Economy and Finance press releases',
  'lseg.com': 'London Stock Exchange Group / FTSE Russell press releases',
  'ncnk.org': 'host of the original Cheonan investigation report',
  'defense.gov': 'US Department of Defense statements (the Pentagon\'s own launch-detection times)',
  'govinfo.gov': 'US Government Publishing Office: the official text of public laws and the Federal Register',
  // Wire services and their copy
  'reuters.com': 'Reuters',
  'yna.co.kr': 'Yonhap News Agency',
  'kyodonews.net': 'Kyodo News',
  'nippon.com': 'Jiji Press wire copy',
  'upi.com': 'United Press International',
  'efe.com': 'Agencia EFE',
  'tass.com': 'TASS',
  'inform.kz': 'Kazinform national news agency',
  'finanznachrichten.de': 'dpa-AFX wire copy',
  'marketscreener.com': 'Reuters wire copy (the Bank of Korea rate chronology)',
  'nasdaq.com': 'Reuters wire copy',
  // Newspapers and broadcasters
  'kbs.co.kr': 'KBS, Korea\'s public broadcaster',
  'joins.com': 'Korea JoongAng Daily',
  'koreadailyus.com': 'The Korea Daily (JoongAng Ilbo, US edition)',
  'koreaherald.com': 'The Korea Herald',
  'donga.com': 'Dong-A Ilbo',
  'chosun.com': 'The Chosun Ilbo',
  'hani.co.kr': 'The Hankyoreh',
  'koreatimesus.com': 'The Korea Times (US edition)',
  'ajunews.com': 'Aju Business Daily',
  'japantimes.co.jp': 'The Japan Times',
  'asia.nikkei.com': 'Nikkei Asia',
  'straitstimes.com': 'The Straits Times',
  'businesstimes.com.sg': 'The Business Times (Singapore)',
  'scmp.com': 'South China Morning Post',
  'chinadaily.com.cn': 'China Daily',
  'globaltimes.cn': 'Global Times',
  'shine.cn': 'Shanghai Daily',
  'theguardian.com': 'The Guardian',
  'thestar.co.uk': 'The Star, Sheffield (AP copy)',
  'bbc.co.uk': 'BBC News',
  'channel4.com': 'Channel 4 News, a UK public-service broadcaster',
  'dw.com': 'Deutsche Welle',
  'rferl.org': 'Radio Free Europe/Radio Liberty',
  'trtworld.com': 'TRT World',
  'radionz.co.nz': 'Radio New Zealand',
  'nzherald.co.nz': 'The New Zealand Herald',
  'sbs.com.au': 'SBS, Australia\'s public broadcaster',
  'mg.co.za': 'Mail & Guardian',
  'cnn.com': 'CNN',
  'cbc.ca': 'CBC News',
  'cbslocal.com': 'CBS News stations',
  'abcnews.go.com': 'ABC News',
  'nbcchicago.com': 'NBC (CNBC copy)',
  'washingtonpost.com': 'The Washington Post',
  'latimes.com': 'Los Angeles Times',
  'newsday.com': 'Newsday',
  'tampabay.com': 'Tampa Bay Times (AP copy)',
  'nj.com': 'NJ Advance Media (AP copy)',
  'reddeeradvocate.com': 'Red Deer Advocate (AP copy)',
  // Specialist publications
  'nknews.org': 'NK News',
  'janes.com': 'Janes defence intelligence',
  'stratfor.com': 'Stratfor Worldview',
  'law360.com': 'Law360 legal news',
  'scworld.com': 'SC Media (security news, AP copy)',
  'bna.com': 'Bloomberg BNA',
  'qz.com': 'Quartz',
  'time.com': 'TIME (AP copy)',
  'spglobal.com': 'S&P Global Market Intelligence news',
  'bankingjournal.aba.com': 'ABA Banking Journal',
};

/**
 * Source links that more than one event may share, each with the reason. Any
 * other link used twice is a mistake (one story standing in for another).
 */
export const SHARED_SOURCES: Readonly<Record<string, string>> = {
  'https://www.marketscreener.com/news/Chronology-Bank-of-Korea-unexpectedly-cuts-key-interest-rate--28920259/':
    'Reuters\' chronology of Bank of Korea rate changes gives the date and size of each decision it lists',
  'https://www.shine.cn/news/world/2412140149/':
    'the report of the second impeachment vote (14 December 2024) also reports how the first one failed a week before',
  'https://www.ajunews.com/amp/20251106165432749':
    'the report covers the US request for UN ship listings and the Seoul official\'s remarks',
};

/** The allow-list entry a URL's host falls under, or null. */
export function allowedHostOf(url: string): string | null {
  // A regular expression, not URL#hostname: the model build declares only the URL members it uses.
  const m = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url);
  if (!m) return null;
  const host = m[1].toLowerCase();
  for (const allowed of Object.keys(ALLOWED_SOURCE_HOSTS)) {
    if (host === allowed || host.endsWith(`.${allowed}`)) return allowed;
  }
  return null;
}
