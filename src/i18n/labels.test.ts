import { activateLang } from './i18n';
import { actorLabel, zoneLabel } from './labels';
import { msg } from './message';
import { translate } from './i18n';
import type { T } from './use-t';

const t: T = (id, values) => translate(msg(id, values));

describe('actor and zone names', () => {
  afterEach(async () => {
    await activateLang('en');
  });

  it('names a built-in actor in words in English (not its hyphenated id), and keeps the zone as written', () => {
    expect(actorLabel(t, 'US-Treasury-OFAC/South-Korea-Government')).toBe('US Treasury (OFAC)/Korean government');
    expect(actorLabel(t, 'Bank-of-Korea')).toBe('Bank of Korea');
    expect(actorLabel(t, 'My-desk/DPRK')).toBe('My-desk/North Korea (DPRK)');
    expect(zoneLabel(t, 'Asia/Seoul')).toBe('Asia/Seoul');
  });

  it('names each part of a built-in actor in Korean, and leaves a user’s own actor as written', async () => {
    await activateLang('ko');
    expect(actorLabel(t, 'US-Treasury-OFAC/South-Korea-Government')).toBe('미 재무부 해외자산통제실(OFAC)/한국 정부');
    expect(actorLabel(t, 'Bank-of-Korea')).toBe('한국은행');
    expect(actorLabel(t, 'My desk/DPRK')).toBe('My desk/북한');
    // The two finance ministries' names (before and after 2008's reorganisation) stay apart in a list.
    expect(actorLabel(t, 'South-Korea-MOSF')).not.toBe(actorLabel(t, 'South-Korea-MOEF'));
    expect(zoneLabel(t, 'Asia/Seoul')).toBe('한국시간(KST)');
    expect(zoneLabel(t, 'America/New_York')).toBe('뉴욕 시간');
    expect(zoneLabel(t, 'Australia/Sydney')).toBe('Australia/Sydney');
  });
});
