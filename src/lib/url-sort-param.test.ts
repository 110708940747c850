import { translate } from '../i18n/i18n';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from './url-state';
import { parseSortValue } from './url-sort-param';

const parse = (search: string) => {
  const r = parseViewState(search);
  return { ...r, notices: r.notices.map((m) => translate(m)) };
};

describe('sort in the URL (scorecard)', () => {
  it('reads column:dir, a bare column as ascending, in any case', () => {
    expect(parse('?sort=z_0:desc').state.sort).toEqual({ key: 'z_0', dir: 'desc' });
    expect(parse('?sort=CHG_0').state.sort).toEqual({ key: 'chg_0', dir: 'asc' });
    expect(parseSortValue(' adj_0:ASC ')).toEqual({ key: 'adj_0', dir: 'asc' });
  });

  it('reads the default sort (date, ascending) as none, and leaves it out of the link', () => {
    expect(parse('?sort=date:asc').state.sort).toBeNull();
    expect(serializeViewState({ ...DEFAULT_VIEW, sort: { key: 'date', dir: 'asc' } })).toBe('?v=1');
    expect(serializeViewState({ ...DEFAULT_VIEW, sort: { key: 'date', dir: 'desc' } })).toBe('?v=1&sort=date:desc');
  });

  it('drops an unknown column or direction with a notice, and keeps the rest of the link', () => {
    for (const bad of ['zz:desc', 'z_0:down', 'z_0:desc:x', ':desc', 'z_0;drop']) {
      const r = parse(`?sort=${encodeURIComponent(bad)}&vol=60`);
      expect(r.state.sort).toBeNull();
      expect(r.state.vol).toBe(60);
      expect(r.notices).toEqual([`sort=${JSON.stringify(bad)}: expected a scorecard column and asc or desc, e.g. z_0:desc; sorting by date`]);
    }
    expect(parse('?sort=').notices).toEqual([]);
  });

  it('writes sort=column:dir readably (no %3A) and reads back what it wrote', () => {
    const search = serializeViewState({ ...DEFAULT_VIEW, sort: { key: 'car_0_20', dir: 'desc' } });
    expect(search).toBe('?v=1&sort=car_0_20:desc');
    expect(parse(search).state.sort).toEqual({ key: 'car_0_20', dir: 'desc' });
  });
});
