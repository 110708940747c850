import type { Dashboard } from './use-dashboard';

/** Reactions of the selected event, the scorecard, aligned windows and the methodology (lazy-loaded). */
export default function ReactionsSection(_: { d: Dashboard; onSelect: (id: string) => void }) {
  return null;
}
