/**
 * Over this many reaction rows (events × shown lines) the reactions and their event-study figures
 * are computed in slices with the main thread given back between them (lib/steps), not in one
 * render: 2,000 rows are ~20–40 ms of event-study figures (the README's 82–160 ms for 2,000 events ×
 * 4 pairs), 20,000 events × 2 lines ~0.3 s of rows and ~0.4 s of figures (CPU profiles of the load test's import, load ~5).
 */
export const SLICED_ROWS = 2_000;

/**
 * Over this many observations in one shown line the event-study figures are computed in slices
 * too, whatever the number of rows: that line's returns (an imported series of 1,000,000 bars:
 * ~0.2 s with the rest of its figures) pause every STEP_SPAN observations (study/model).
 */
export const SLICED_LINE_LENGTH = 100_000;
