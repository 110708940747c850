import { DEFAULT_VIEW, parseViewState, serializeViewState } from './url-state';
import { translate } from '../i18n/i18n';

// The notices in English, as the notice bar words them.
function parse(search: string) {
  const r = parseViewState(search);
  return { ...r, notices: r.notices.map((m) => translate(m)) };
}

describe('URL view state: the event study (model, car, excl)', () => {
  it('reads model, car and excl=overlap, and writes them back', () => {
    const { state, notices } = parse('?v=1&model=mean&car=-2,3&excl=overlap');
    expect(notices).toEqual([]);
    expect(state.model).toBe('mean');
    expect(state.car).toEqual([-2, 3]);
    expect(state.exclOverlap).toBe(true);
    expect(serializeViewState(state)).toBe('?v=1&model=mean&car=-2,3&excl=overlap');
  });

  it('leaves the defaults out of a link: market model, no extra window, overlaps kept', () => {
    expect(DEFAULT_VIEW.model).toBe('market');
    expect(DEFAULT_VIEW.car).toBeNull();
    expect(DEFAULT_VIEW.exclOverlap).toBe(false);
    expect(serializeViewState({ ...DEFAULT_VIEW, model: 'raw' })).toBe('?v=1&model=raw');
  });

  it('accepts a one-observation window and the limits −10 and 60', () => {
    expect(parse('?car=0,0').state.car).toEqual([0, 0]);
    expect(parse('?car=-10,60').state.car).toEqual([-10, 60]);
  });

  it.each([
    ['model=capm', 'model="capm"'],
    ['car=5,1', 'car="5,1"'],
    ['car=-11,0', 'car="-11,0"'],
    ['car=0,61', 'car="0,61"'],
    ['car=0', 'car="0"'],
    ['excl=all', 'excl="all"'],
  ])('drops %s with a notice naming it and keeps the rest', (param, named) => {
    const { state, notices } = parse(`?${param}&vol=60`);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(named);
    expect(state.vol).toBe(60);
    expect(state.model).toBe('market');
    expect(state.car).toBeNull();
    expect(state.exclOverlap).toBe(false);
  });
});
