// Imported first by main.tsx, so that its code runs before the rest of the entry chunk: the
// lazy chunks the first view waits for are requested at once, not after the whole entry chunk
// has run (responses are taken in only when the main thread is free, and it is busy from then on).
// The one request for the chart's chunk: main.tsx waits for it, lazy-chart.tsx renders from it.
export const chartChunk = import('../features/timeline/components/timeline-chart');
// The events' query imports the same module (get-built-in-events.ts): this only asks for it sooner.
void import('../features/events/data/built-in-events');
