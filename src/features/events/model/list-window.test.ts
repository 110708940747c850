import { LIST_STEP, listedEvents, shownEvents } from './list-window';

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

describe('listedEvents: the list follows the zoom', () => {
  const day = 86_400_000;
  // Ten events a day apart; the range holds days 3 to 6 (both ends on an event).
  const ten = Array.from({ length: 10 }, (_, i) => ({ id: `d${i}`, at: i * day }));
  const range = { from: 3 * day, to: 6 * day };

  it('lists the events in view, ends included, and counts them', () => {
    expect(listedEvents(ten, range, false, null)).toEqual({ items: ten.slice(3, 7), inView: 4, outside: null });
  });

  it('keeps the selected event in its place when it is out of view', () => {
    const before = listedEvents(ten, range, false, 'd1');
    expect(before.items.map((e) => e.id)).toEqual(['d1', 'd3', 'd4', 'd5', 'd6']);
    expect(before).toMatchObject({ inView: 4, outside: 'd1' });
    expect(listedEvents(ten, range, false, 'd9').items.map((e) => e.id)).toEqual(['d3', 'd4', 'd5', 'd6', 'd9']);
    expect(listedEvents(ten, range, false, 'd4').outside).toBeNull();
  });

  it('lists every event with "all", still counting those in view', () => {
    expect(listedEvents(ten, range, true, 'd0')).toEqual({ items: ten, inView: 4, outside: 'd0' });
  });

  it('lists every event before the range is known', () => {
    expect(listedEvents(ten, null, false, null)).toEqual({ items: ten, inView: 10, outside: null });
  });
});
