import { activateLang, translate } from '../../../i18n/i18n';
import { holdNotice, listProblems, notSavedLine, SESSION_ONLY, sessionWhy } from './user-events-notices';
import { msg } from '../../../i18n/message';

describe('user events notices', () => {
  it('reads in English word for word', () => {
    expect(translate(notSavedLine(sessionWhy('no-storage')))).toBe(
      'Not saved — they will be gone when you reload (this browser does not let the app store data). Use Export events to keep a copy.',
    );
    expect(translate(holdNotice({ recovered: 2, stop: 'bad-items', item: 1 }, 'k'))).toMatch(/^Recovered 2 of your events from damaged storage; 1 item could not be used\. /);
    const many = Array.from({ length: 9 }, () => msg('user-data.stored.damaged'));
    expect(translate(listProblems(many)[8]!)).toBe('Your saved events: … and 1 more item could not be read');
  });

  describe('in Korean', () => {
    beforeAll(() => activateLang('ko'));
    afterAll(() => activateLang('en'));

    it('says why changes are not saved, and what was recovered', () => {
      expect(translate(msg('user-data.session.notSaved', { why: msg('user-data.save.full'), then: SESSION_ONLY }))).toBe(
        '내 이벤트를 저장하지 못했습니다(이 브라우저의 앱 저장 공간이 가득 참). 내 이벤트의 변경 내용은 이 페이지를 닫을 때까지만 유지됩니다',
      );
      expect(translate(notSavedLine(sessionWhy('read-only')))).toBe(
        '저장되지 않았으므로 새로 고치면 사라집니다(임베드 화면은 아무것도 저장하지 않음). 사본을 남기려면 ‘이벤트 내보내기’를 사용하십시오.',
      );
      expect(translate(holdNotice({ recovered: 2, stop: 'cut-in-item', item: 3 }, 'backup-1'))).toMatch(
        /^손상된 저장소에서 내 이벤트 2건을 복구했습니다\(데이터가 3번 항목 중간에서 끊김\)\. 손상된 데이터는 백업\(“backup-1”/,
      );
    });
  });
});
