import { activateLang, i18n, loadAreas, translate } from './i18n';
import { msg } from './message';

// The reactions' and the study's messages are not in the entry catalogs; test/setup.ts has asked for them.
describe('catalogs loaded with the lazy sections', () => {
  afterEach(async () => {
    await activateLang('en');
  });

  it('are in English once asked for, and a switch to Korean loads them in Korean before it activates', async () => {
    await loadAreas(['reactions']);
    expect(translate(msg('reactions.help.title'))).toBe('How reactions are measured');
    await activateLang('ko');
    expect(i18n.locale).toBe('ko');
    expect(translate(msg('reactions.help.title'))).toBe('시장 반응 측정 방법');
  });
});
