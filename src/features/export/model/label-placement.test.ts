import { lineBand } from './line-band';
import { overlaps, placeLabels, tagRows, type LabelCandidate, type PlacementFrame } from './label-placement';

// A 400 × 100 plot at (0, 0): rows of 12 px, 2 px in from the top and the bottom edge.
const frame: PlacementFrame = { plot: { x: 0, y: 0, width: 400, height: 100 }, rowHeight: 12, rows: 3, gap: 3, markerGap: 6 };
const cand = (id: string, x: number, width = 80, priority = 2): LabelCandidate => ({ id, x, width, priority });

describe('placeLabels', () => {
  it('labels two events far apart, both in the top row right of their markers', () => {
    const p = placeLabels([cand('a', 10), cand('b', 200)], null, frame);
    expect(p.numbered).toEqual([]);
    expect(p.labelled.map((l) => [l.id, l.box.x0, l.box.y0, l.anchor])).toEqual([
      ['a', 13, 2, 'start'],
      ['b', 203, 2, 'start'],
    ]);
  });

  it('labels one of two events on the same day and numbers the other', () => {
    const p = placeLabels([cand('a', 50), cand('b', 50)], null, frame);
    expect(p.labelled.map((l) => l.id)).toEqual(['a']);
    expect(p.numbered).toEqual([{ id: 'b', n: 1 }]);
  });

  it('gives the label to the more important of two events on the same day', () => {
    const p = placeLabels([cand('routine', 50, 80, 1), cand('major', 50, 80, 3)], null, frame);
    expect(p.labelled.map((l) => l.id)).toEqual(['major']);
    expect(p.numbered).toEqual([{ id: 'routine', n: 1 }]);
  });

  it('puts a second label whose box would overlap the first in the next free row', () => {
    // b's box at x 43..123 crosses a's 13..93 in the top row: it goes to the bottom row (row 0 below).
    const p = placeLabels([cand('a', 10), cand('b', 40)], null, frame);
    const b = p.labelled.find((l) => l.id === 'b')!;
    expect([b.box.y0, b.box.y1]).toEqual([100 - 2 - 12, 100 - 2]);
  });

  it('ends a label left of its marker when it would run past the plot edge', () => {
    const p = placeLabels([cand('late', 380)], null, frame);
    expect(p.labelled[0].anchor).toBe('end');
    expect(p.labelled[0].box.x1).toBe(377);
  });

  it('never puts a label over the lines: a line filling the top rows sends it below, one filling all height numbers it', () => {
    // A flat line at y 10 crosses the top row (y 2..14); the next slot tried is the bottom row.
    const high = lineBand([[[0, 10], [400, 10]]], 0, 400);
    const p = placeLabels([cand('a', 100)], high, frame);
    expect(p.labelled[0].box.y0).toBe(100 - 2 - 12);
    // A line at y 20 leaves the top row (2..14, 16 with the pad) free.
    expect(placeLabels([cand('a', 100)], lineBand([[[0, 20], [400, 20]]], 0, 400), frame).labelled[0].box.y0).toBe(2);
    // A line that zigzags from top to bottom in every column leaves no room.
    const zig: [number, number][] = [];
    for (let x = 0; x <= 400; x++) zig.push([x, x % 2 ? 0 : 100]);
    const full = lineBand([zig], 0, 400);
    expect(placeLabels([cand('a', 100)], full, frame)).toEqual({ labelled: [], numbered: [{ id: 'a', n: 1 }] });
  });

  it('numbers the unlabelled events in date order, whatever their priority', () => {
    // Six events on one day: one label, five numbers 1..5 in the given order.
    const same = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => cand(id, 50, 80, i === 3 ? 3 : 2));
    const p = placeLabels(same, null, frame);
    expect(p.labelled.map((l) => l.id)).toEqual(['d']);
    expect(p.numbered).toEqual(['a', 'b', 'c', 'e', 'f'].map((id, i) => ({ id, n: i + 1 })));
  });

  it('keeps every placed label clear of the others and of the obstacles', () => {
    const obstacles = [{ x0: 150, x1: 400, y0: 0, y1: 100 }];
    const many = Array.from({ length: 30 }, (_, i) => cand(`e${i}`, 5 + i * 13, 60 + (i % 4) * 10));
    const p = placeLabels(many, null, { ...frame, obstacles });
    const boxes = p.labelled.map((l) => l.box);
    for (let i = 0; i < boxes.length; i++) {
      expect(overlaps(boxes[i], obstacles[0])).toBe(false);
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
    }
    expect(p.labelled.length + p.numbered.length).toBe(30);
    expect(p.labelled.length).toBeGreaterThan(0);
  });
});

describe('tagRows', () => {
  it('puts tags that clear each other in one row and an overlapping one in the next', () => {
    // Widths 10: a spans 5..15, b 6..16 (overlaps a), c 30..40 (clears a by 15).
    const rows = tagRows(
      [
        { id: 'a', x: 10, width: 10 },
        { id: 'b', x: 11, width: 10 },
        { id: 'c', x: 35, width: 10 },
      ],
      2,
    );
    expect(rows.map((r) => [r.id, r.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
  });
  it('uses as many rows as tags stacked on one x', () => {
    const rows = tagRows([0, 1, 2, 3].map((i) => ({ id: `t${i}`, x: 100, width: 12 })), 2);
    expect(rows.map((r) => r.row)).toEqual([0, 1, 2, 3]);
  });
});
