import { describe, expect, it } from 'vitest';
import { firstFramePlan, wantsEarlyEcb } from './first-frame-plan';

const FULL = '?source=snapshot&pairs=USDKRW,JPYKRW,CNYKRW,EURKRW&from=1981-04-13&to=2024-11-29';

describe('firstFramePlan: which links start with the early first frame', () => {
  it('draws a link on the bundled snapshot with built-in pairs, in the language of the link or else the browser', () => {
    const plan = firstFramePlan(FULL, null, ['en-US']);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.view.pairs).toEqual(['USDKRW', 'JPYKRW', 'CNYKRW', 'EURKRW']);
    expect(plan.view.from).toBe('1981-04-13');
    expect(plan.lang).toBe('en');
    expect(firstFramePlan(FULL, null, ['ko-KR', 'en'])).toMatchObject({ ok: true, lang: 'ko' });
    expect(firstFramePlan(`${FULL}&lang=en`, null, ['ko-KR'])).toMatchObject({ ok: true, lang: 'en' });
    // Event filters other than text are drawn (the markers are the view's own).
    expect(firstFramePlan(`${FULL}&cats=sanction&imp=3&theme=dark`, null, ['en'])).toMatchObject({ ok: true });
  });

  it.each([
    ['', 'not-snapshot'],
    ['?source=ecb', 'not-snapshot'],
    ['?source=auto&pairs=USDKRW', 'not-snapshot'],
    [`${FULL}&embed=1`, 'embed'],
    [`${FULL}&present=1`, 'present'],
    [`${FULL}&compare=1`, 'compare'],
    ['?source=snapshot&pairs=USDKRW,csv:my-ndf', 'imported-series'],
    [`${FULL}&event=2016-01-06-fourth-nuclear-test`, 'selected-event'],
    [`${FULL}&q=sanction`, 'text-filter'],
    ['?source=snapshot&pairs=USDKRW&from=not-a-date&to=2024-11-29', 'link-notices'],
    ['?source=snapshot&pairs=USDKRW,XXXKRW&from=2016-01-01&to=2024-11-29', 'link-notices'],
  ])('leaves %s to the app (%s)', (search, skip) => {
    expect(firstFramePlan(search, null, ['en'])).toEqual({ ok: false, skip });
  });

  it('leaves the page to the app when the browser holds events of the user (any stored text, even an empty set)', () => {
    expect(firstFramePlan(FULL, '{"version":1,"events":[]}', ['en'])).toEqual({ ok: false, skip: 'user-events' });
    expect(firstFramePlan(FULL, 'unreadable', ['en'])).toEqual({ ok: false, skip: 'user-events' });
  });
});

describe('wantsEarlyEcb: which links ask Frankfurter from the page entry', () => {
  it.each([
    ['', false, true],
    ['?source=ecb&pairs=USDKRW', false, true],
    ['?source=auto', false, true],
    ['?source=bogus', false, true], // the app falls back to the default source, live rates
    ['?embed=1', false, true],
    ['?source=snapshot', false, false],
    ['', true, false], // cached rates: the app reads them first (fresh ones ask nothing)
    ['?source=ecb', true, false],
  ])('%s with cached rates %s: %s', (search, cached, want) => {
    expect(wantsEarlyEcb(search, cached)).toBe(want);
  });
});
