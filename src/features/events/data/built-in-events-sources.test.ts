import { BUILT_IN_EVENTS } from './built-in-events';
import { ALLOWED_SOURCE_HOSTS, SHARED_SOURCES, allowedHostOf } from './source-hosts';

describe('built-in events: sources', () => {
  it('links every event to a host on the allow-list', () => {
    const bad = BUILT_IN_EVENTS.filter((e) => allowedHostOf(e.source_url) === null).map((e) => `${e.id}: ${e.source_url}`);
    expect(bad, `hosts not allowed:\n${bad.join('\n')}`).toEqual([]);
  });

  it('matches a host and its subdomains only', () => {
    expect(allowedHostOf('https://press.un.org/en/2024/sc15648.doc.htm')).toBe('un.org');
    expect(allowedHostOf('https://un.org.example.com/')).toBeNull();
    expect(allowedHostOf('https://example.com/?u=https://un.org')).toBeNull();
    expect(allowedHostOf('https://un.org@example.com/')).toBeNull();
    expect(allowedHostOf('javascript:alert(1)')).toBeNull();
  });

  it('uses https or http links only, with no gateway or mirror hosts on the list', () => {
    expect(BUILT_IN_EVENTS.every((e) => /^https?:\/\//.test(e.source_url))).toBe(true);
    const suspicious = Object.keys(ALLOWED_SOURCE_HOSTS).filter((h) => /ipfs|workers\.dev|tripod|wiki|blogspot|wordpress/.test(h));
    expect(suspicious).toEqual([]);
  });

  it('never shares a source link between events without a stated reason', () => {
    const users = new Map<string, string[]>();
    for (const e of BUILT_IN_EVENTS) users.set(e.source_url, [...(users.get(e.source_url) ?? []), e.id]);
    const unexplained = [...users].filter(([url, ids]) => ids.length > 1 && !SHARED_SOURCES[url]).map(([url, ids]) => `${url}: ${ids.join(', ')}`);
    expect(unexplained, `shared without a reason:\n${unexplained.join('\n')}`).toEqual([]);
  });

  it('keeps no stale reason: each listed shared link is used by two events or more', () => {
    const stale = Object.keys(SHARED_SOURCES).filter((url) => BUILT_IN_EVENTS.filter((e) => e.source_url === url).length < 2);
    expect(stale).toEqual([]);
  });

  it('gives every event a summary of at least one sentence', () => {
    const missing = BUILT_IN_EVENTS.filter((e) => typeof e.summary !== 'string' || e.summary.trim().length < 20).map((e) => e.id);
    expect(missing, `events without a summary: ${missing.join(', ')}`).toEqual([]);
  });

  it('has no hedges left over from the reference ("not confirmed", "inferred")', () => {
    const hedged = BUILT_IN_EVENTS.filter((e) => /not (fully )?confirmed|is inferred|rests on thin/i.test(e.summary)).map((e) => e.id);
    expect(hedged).toEqual([]);
  });
});
