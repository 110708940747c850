import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from './url-state';
import { translate } from '../i18n/i18n';
import { msg } from '../i18n/message';

// The notices in English, as the notice bar words them.
function parse(search: string) {
  const r = parseViewState(search);
  return { ...r, notices: r.notices.map((m) => translate(m)) };
}

describe('URL view state', () => {
  it('reads every SPEC parameter', () => {
    const { state, notices } = parse(
      '?v=1&pairs=USDKRW,JPYKRW&from=2016-01-01&to=2017-12-31&source=ecb&cats=sanction,provocation&q=nuclear&event=2016-01-06-dprk-fourth-nuclear-test&win=-5,10&vol=60&theme=dark&embed=1&actor=OFAC&lang=ko',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual<ViewState>({
      pairs: ['USDKRW', 'JPYKRW'],
      compare: false,
      from: '2016-01-01',
      to: '2017-12-31',
      source: 'ecb',
      cats: ['sanction', 'provocation'],
      actor: 'OFAC',
      q: 'nuclear',
      imp: 1,
      listAll: false,
      event: '2016-01-06-dprk-fourth-nuclear-test',
      win: [-5, 10],
      vol: 60,
      theme: 'dark',
      lang: 'ko',
      embed: true,
      present: false,
      model: 'market',
      car: null,
      exclOverlap: false,
      sort: null,
    });
  });

  it('reads lang=ko|en in any case, keeps it in the link, and drops another value with a notice', () => {
    expect(parse('?lang=KO').state.lang).toBe('ko');
    expect(parse('?lang=en').state.lang).toBe('en');
    expect(parse('').state.lang).toBeNull();
    const bad = parse('?lang=fr');
    expect(bad.state.lang).toBeNull();
    expect(bad.notices).toHaveLength(1);
    expect(serializeViewState({ ...DEFAULT_VIEW, lang: 'ko', embed: true })).toBe('?v=1&lang=ko&embed=1');
    expect(serializeViewState(DEFAULT_VIEW)).toBe('?v=1');
  });

  it('reads present=1|0, writes present=1 only when on, and drops another value with a notice', () => {
    expect(parse('?present=1').state.present).toBe(true);
    expect(parse('?present=0').state.present).toBe(false);
    expect(parse('').state.present).toBe(false);
    const bad = parse('?present=yes');
    expect(bad.state.present).toBe(false);
    expect(bad.notices).toEqual(['present="yes": expected 1 or 0']);
    expect(serializeViewState({ ...DEFAULT_VIEW, present: true, event: 'abc-1' })).toBe('?v=1&event=abc-1&present=1');
    expect(serializeViewState({ ...DEFAULT_VIEW, present: false })).toBe('?v=1');
    // In an embed too: the presenter's iframe link.
    expect(parse('?embed=1&present=1').state).toMatchObject({ embed: true, present: true });
  });

  it('round-trips any state through serialise and parse', () => {
    const states: ViewState[] = [
      DEFAULT_VIEW,
      { ...DEFAULT_VIEW, pairs: ['EURKRW', 'CNYKRW'], from: '1999-01-04', to: '2024-11-29', q: 'a, b & c=d' },
      { ...DEFAULT_VIEW, cats: [], theme: 'dark', vol: 0, win: [-20, 60], event: 'abc-1', source: 'snapshot' },
      { ...DEFAULT_VIEW, present: true, embed: true, event: 'abc-1', theme: 'dark' },
    ];
    for (const s of states) {
      const { state, notices } = parse(serializeViewState(s));
      expect(notices).toEqual([]);
      expect(state).toEqual(s);
    }
  });

  it('writes a short link for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('?v=1');
  });

  it('drops junk values with a notice that names the parameter and keeps the rest', () => {
    const { state, notices } = parse(
      '?pairs=USDKRW,XAUKRW&from=2016-02-30&to=yesterday&source=bloomberg&cats=sanction,weather&event=<script>&win=5,-5&vol=-3&theme=pink&embed=yes&v=zz',
    );
    expect(state.pairs).toEqual(['USDKRW']);
    expect(state.from).toBeNull();
    expect(state.to).toBeNull();
    expect(state.source).toBe('auto');
    expect(state.cats).toEqual(['sanction']);
    expect(state.event).toBeNull();
    expect(state.win).toEqual([-10, 20]);
    expect(state.vol).toBe(20);
    expect(state.theme).toBe('light');
    expect(state.embed).toBe(false);
    const text = notices.join('\n');
    for (const key of ['pairs', 'from', 'to', 'source', 'cats', 'event', 'win', 'vol', 'theme', 'embed', 'v=']) {
      expect(text).toContain(key);
    }
    expect(text).toContain('"XAUKRW"');
  });

  it('drops a parameter over 32,768 characters, known or not, with a notice naming it, and reads the rest', () => {
    const junk = 'x'.repeat(1_600_000);
    const r = parseViewState(`?pairs=JPYKRW&zz=${junk}&event=${'a'.repeat(40_000)}&from=2016-01-04&${'k'.repeat(33_000)}=1`);
    expect(r.overLong).toBe(true);
    expect(r.state.pairs).toEqual(['JPYKRW']);
    expect(r.state.from).toBe('2016-01-04');
    expect(r.state.event).toBeNull();
    expect(r.notices).toEqual([
      msg('link.tooLong', { key: '"zz"', n: 1_600_000, max: 32_768 }),
      msg('link.tooLong', { key: '"event"', n: 40_000, max: 32_768 }),
      msg('link.tooLong', { key: `"${'k'.repeat(40)}…"`, n: 33_000, max: 32_768 }),
    ]);
    // At the limit: read as before (an event id that long does not parse).
    const at = parseViewState(`?zz=${'x'.repeat(32_768)}`);
    expect(at.overLong).toBe(false);
    expect(at.notices).toEqual([]);
    expect(parse(`?zz=${junk}`).notices).toEqual(['"zz": 1,600,000 characters, more than the 32,768 a link parameter may have; not read']);
  });

  it('never throws on hostile input', () => {
    for (const s of ['?%', '?pairs=', '?from=&to=', '?q=' + 'x'.repeat(5000), '?cats=,,,', '?win=1e9,2', '?&&&=']) {
      expect(() => parse(s)).not.toThrow();
    }
    expect(parse('?q=' + 'x'.repeat(5000)).state.q.length).toBe(200);
    expect(parse('?pairs=').state.pairs).toEqual(['USDKRW']);
  });

  it('ignores an inverted range', () => {
    const { state, notices } = parse('?from=2020-01-01&to=2019-01-01');
    expect(state.from).toBeNull();
    expect(notices[0]).toMatch(/after/);
  });

  it('reads links written before versioning (v0)', () => {
    expect(parse('?pairs=JPYKRW').state.pairs).toEqual(['JPYKRW']);
  });
});

describe('URL view state: imp (minimum event importance)', () => {
  it('reads 1, 2 or 3 and writes it only when it hides something', () => {
    expect(parse('?imp=3').state.imp).toBe(3);
    expect(parse('?imp=2').state.imp).toBe(2);
    expect(serializeViewState({ ...DEFAULT_VIEW, imp: 2 })).toBe('?v=1&imp=2');
    expect(serializeViewState({ ...DEFAULT_VIEW, imp: 1 })).toBe('?v=1');
    const { state, notices } = parse(serializeViewState({ ...DEFAULT_VIEW, imp: 3, q: 'x' }));
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_VIEW, imp: 3, q: 'x' });
  });

  it('drops a bad value with a notice naming imp and shows every event', () => {
    for (const bad of ['0', '4', '2.5', 'high', '', ' 2']) {
      const { state, notices } = parse(`?imp=${encodeURIComponent(bad)}&q=keep`);
      expect(state.imp, bad).toBe(1);
      expect(state.q).toBe('keep');
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/^imp=.*1, 2 or 3/);
    }
  });

  it('reads imported series ids, compare=1 and UTC-minute ranges, and writes them back', () => {
    const { state, notices } = parse('?pairs=usdkrw,csv:my-ndf,CSV:Bad_Id,csv:&compare=1&from=2024-03-05T01:30Z&to=2024-03-05T02:30Z');
    // Built-in ids in any case; an imported id as written in lower case; "csv:bad_id" has an underscore, "csv:" no name.
    expect(state.pairs).toEqual(['USDKRW', 'csv:my-ndf']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('"CSV:Bad_Id"');
    expect(state.compare).toBe(true);
    expect([state.from, state.to]).toEqual(['2024-03-05T01:30Z', '2024-03-05T02:30Z']);
    expect(serializeViewState(state)).toBe('?v=1&pairs=USDKRW,csv:my-ndf&compare=1&from=2024-03-05T01:30Z&to=2024-03-05T02:30Z');
  });
  it('refuses a time that is not a UTC minute, and a from that is not before to', () => {
    expect(parse('?from=2024-03-05T01:30+09:00').notices[0]).toContain('YYYY-MM-DDTHH:MMZ');
    const same = parse('?from=2024-03-05T01:30Z&to=2024-03-05T01:30Z');
    expect([same.state.from, same.state.to]).toEqual([null, null]);
    expect(parse('?compare=yes').notices).toEqual(['compare="yes": expected 1 or 0']);
  });
});

describe('URL view state: list (what the event list lists)', () => {
  it('reads list=all or list=view, writes list=all only, and drops another value with a notice', () => {
    expect(parse('?list=all').state.listAll).toBe(true);
    expect(parse('?list=view').state.listAll).toBe(false);
    expect(parse('').state.listAll).toBe(false);
    expect(serializeViewState({ ...DEFAULT_VIEW, listAll: true })).toBe('?v=1&list=all');
    expect(serializeViewState({ ...DEFAULT_VIEW, listAll: false })).toBe('?v=1');
    const bad = parse('?list=everything');
    expect(bad.state.listAll).toBe(false);
    expect(bad.notices).toEqual(['list="everything": expected all or view; listing the events in view']);
  });
});
