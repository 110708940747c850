import { checkSeriesFields, seriesSlug, uniqueSeriesId } from './series-meta';

describe('series ids and fields', () => {
  it('makes ASCII slugs, dropping accents, and `series` when nothing is left', () => {
    expect(seriesSlug('My NDF (1-min)')).toBe('my-ndf-1-min');
    expect(seriesSlug('  Crème brûlée  ')).toBe('creme-brulee');
    expect(seriesSlug('원/달러')).toBe('series');
    expect(seriesSlug('x'.repeat(60))).toBe('x'.repeat(40));
  });

  it('numbers an id that is taken', () => {
    const taken = new Set(['csv:ndf', 'csv:ndf-2']);
    expect(uniqueSeriesId('NDF', (id) => taken.has(id))).toBe('csv:ndf-3');
    expect(uniqueSeriesId('Other', (id) => taken.has(id))).toBe('csv:other');
  });

  it('requires a name and a unit, within their lengths', () => {
    expect(checkSeriesFields(' ', '')).toEqual([
      { field: 'name', code: 'field.required' },
      { field: 'unit', code: 'field.required' },
    ]);
    expect(checkSeriesFields('n'.repeat(81), 'KRW')).toEqual([{ field: 'name', code: 'field.too-long', max: 80 }]);
    expect(checkSeriesFields('NDF', 'KRW per 1 USD')).toEqual([]);
  });
});
