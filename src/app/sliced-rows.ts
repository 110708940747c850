/**
 * Over this many reaction rows (events × shown lines) the reactions and their event-study figures
 * are computed in slices with the main thread given back between them (lib/steps), not in one
 * render: 2,000 rows take ~20–40 ms here, 20,000 events × 2 lines ~0.3 s each.
 */
export const SLICED_ROWS = 2_000;
