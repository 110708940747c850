import { MAX_NOTICE_CHARS, shorten } from './notice-text';
import { noticeKey, resetViewStore, useViewStore } from './view-store';

const store = () => useViewStore.getState();

describe('view store notices', () => {
  beforeEach(() => resetViewStore());

  it('shortens every notice to at most 300 characters, ending with "…"', () => {
    const value = 'x'.repeat(10_240);
    store().addNotices([`Link: actor="${value}": no event has this actor`, 'short one']);
    const [long, short] = store().notices as string[];
    expect(MAX_NOTICE_CHARS).toBe(300);
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long.length).toBeGreaterThan(250);
    expect(long.startsWith('Link: actor="xxx')).toBe(true);
    expect(long.endsWith('…')).toBe(true);
    expect(short).toBe('short one');
  });

  it('keeps a notice of exactly 300 characters whole, and line breaks become spaces', () => {
    const exact = 'a'.repeat(300);
    store().addNotices([exact, 'two\nlines\t here']);
    expect(store().notices).toEqual([exact, 'two lines here']);
  });

  it('adds a notice once, also when two long ones differ only past the cut', () => {
    const base = 'b'.repeat(400);
    store().addNotices([`${base}1`, `${base}2`]);
    store().addNotices([`${base}3`]);
    expect(store().notices).toHaveLength(1);
  });

  it('never splits a surrogate pair at the cut', () => {
    // 298 ASCII characters, then emoji (two code units each): the cut falls inside the first pair.
    const s = shorten(`${'c'.repeat(298)}${'😀'.repeat(10)}`, 300);
    expect(s).toBe(`${'c'.repeat(298)}…`);
    expect(shorten('😀😀😀', 4)).toBe('😀…');
  });

  it('records which notices are info, forgets them when dismissed or removed, and removes by key', () => {
    store().addNotices(['kept error']);
    store().addNotices(['passing info', 'another info'], 'info');
    expect(store().infoKeys).toEqual(['passing info', 'another info']);
    store().dismissNotice(1);
    expect(store().notices).toEqual(['kept error', 'another info']);
    expect(store().infoKeys).toEqual(['another info']);
    store().removeNotices([noticeKey('another info'), 'not there']);
    expect(store().notices).toEqual(['kept error']);
    expect(store().infoKeys).toEqual([]);
  });
});
