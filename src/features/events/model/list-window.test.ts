import { LIST_STEP, shownEvents } from './list-window';

describe('shownEvents', () => {
  const many = Array.from({ length: 30_000 }, (_, i) => ({ id: `u-${i}` }));

  it('renders the first events of a long list and counts the rest', () => {
    const s = shownEvents(many, LIST_STEP, null);
    expect(s.head.map((e) => e.id)).toEqual(many.slice(0, 200).map((e) => e.id));
    expect(s.selected).toBeNull();
    expect(s.hidden).toBe(30_000 - 200);
  });

  it('renders the selected event wherever it is', () => {
    expect(shownEvents(many, 200, 'u-29999')).toMatchObject({ selected: { id: 'u-29999' }, hidden: 30_000 - 201 });
    expect(shownEvents(many, 200, 'u-5')).toMatchObject({ selected: null, hidden: 30_000 - 200 });
  });

  it('renders a short list whole', () => {
    expect(shownEvents(many.slice(0, 3), 200, 'u-1')).toEqual({ head: many.slice(0, 3), selected: null, hidden: 0 });
  });
});
