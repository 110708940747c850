import { BUILT_IN_EVENTS } from './built-in-events';

const byId = (id: string) => {
  const e = BUILT_IN_EVENTS.find((x) => x.id === id);
  if (!e) throw new Error(`no built-in event ${id}`);
  return e;
};

/*
 * Follow-up to issue 11: kept events whose summaries carried the reference CSV's wording were
 * re-checked against the page each one cites. Each row holds a claim that page does not make
 * (removed) and, where the check corrected a figure, what the page does say. Patterns are taken
 * from the source text found with the search tool, not from the summaries.
 */
const CHECKED: { id: string; notSaid: RegExp; said?: RegExp }[] = [
  // law360: "more than $455 million"; the USD 7bn and 44 addresses come from other reports
  { id: '2022-08-08-ofac-tornado-cash', notSaid: /7 billion|44 addresses/, said: /455 million/ },
  // Dong-A: "first-ever big step", 1.75% to 2.25%; nothing on the won's fall since January or on 1999
  { id: '2022-07-13-bok-first-50bp-hike', notSaid: /9%|since 1999/, said: /1\.75% to 2\.25%/ },
  // Yonhap's 22 Sept 2022 summary gives the late-morning level, not a 1,409.7 close
  { id: '2022-09-22-won-breaks-1400', notSaid: /1,409\.7/, said: /1,409/ },
  // Reuters: "124 companies ... employing 54,700 North Korean workers"
  { id: '2016-02-10-seoul-shuts-kaesong', notSaid: /about 54,000/, said: /54,700/ },
  // Yonhap (16 Mar 2020) gives no won level
  { id: '2020-03-16-bok-emergency-cut-to-0-75', notSaid: /1,226/ },
  // KBS (14 Jun 2024) says nothing about foreign institutions joining on 1 July
  { id: '2024-07-01-onshore-fx-hours-extended', notSaid: /foreign institutions/ },
  // The 2017 Guardian explainer cannot cite a later Bank of Korea working paper
  { id: '2017-09-03-sixth-nuclear-test', notSaid: /working paper/, said: /12:34 to 12:36/ },
  // The Cheonan investigation report says nothing about markets
  { id: '2010-05-20-cheonan-probe-blames-north', notSaid: /won|stocks/ },
  // UN press release SC/12853 does not call it the first US-China deal under Trump
  { id: '2017-06-02-unsc-resolution-2356', notSaid: /Washington and Beijing|under Trump/ },
  // The Straits Times report of 22 Nov 2023 predates the North's reply
  { id: '2023-11-22-seoul-suspends-military-pact-clause', notSaid: /following day|abandoned/ },
  // DW: "at least 17 missiles"; sirens at about 8:55
  { id: '2022-11-02-missile-south-of-nll', notSaid: /more than 20/, said: /at least 17/ },
  // Reuters copy of 9 Oct 2006: "the won fell 1.5 per cent"
  { id: '2006-10-09-first-nuclear-test', notSaid: /more than 1%/, said: /1\.5%/ },
];

describe('built-in events: re-checked against the page each cites', () => {
  it.each(CHECKED)('$id states only what its source says', ({ id, notSaid, said }) => {
    const text = `${byId(id).title} ${byId(id).summary}`;
    expect(text).not.toMatch(notSaid);
    if (said) expect(text).toMatch(said);
  });

  it('times the missile south of the NLL by the air-raid siren its source reports (08:55 KST)', () => {
    expect(byId('2022-11-02-missile-south-of-nll').time).toBe('08:55');
  });

  it('cites the announcing body or the story about the event itself, not a neighbouring one', () => {
    expect(byId('2025-01-16-ofac-department-53-network').source_url).toMatch(/^https:\/\/home\.treasury\.gov\//);
    // Seq_Code 174202 is KBS's story on Seoul's own sanctions of 2 December; 174200 is the US one
    expect(byId('2022-12-01-ofac-three-party-officials').source_url).toMatch(/Seq_Code=174200/);
  });
});
