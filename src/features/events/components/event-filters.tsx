import { CATEGORIES, CATEGORY_INFO, type Category } from '../../../config/categories';
import type { Theme } from '../../../lib/url-state';
import type { Importance } from '../model/event-schema';

interface Props {
  cats: Category[];
  actor: string | null;
  q: string;
  /** Minimum importance shown (the link's `imp`). */
  imp: Importance;
  actors: string[];
  theme: Theme;
  onChange: (patch: { cats?: Category[]; actor?: string | null; q?: string; imp?: Importance }) => void;
}

/** Longest actor name shown in the actor list for an actor no event has (from a link). */
const MAX_UNKNOWN_ACTOR = 40;

export function EventFilters({ cats, actor, q, imp, actors, theme, onChange }: Props) {
  // An actor no event has (a link can ask for any) is shown as chosen, so "All actors" can clear it.
  const unknownActor = actor && !actors.includes(actor) ? actor : null;
  const toggle = (c: Category) =>
    onChange({ cats: cats.includes(c) ? cats.filter((x) => x !== c) : CATEGORIES.filter((x) => x === c || cats.includes(x)) });
  return (
    <div className="event-filters">
      <input
        type="search"
        aria-label="Filter events by text"
        placeholder="Filter events (title, summary, actor, tag)"
        value={q}
        onChange={(e) => onChange({ q: e.target.value })}
      />
      <select aria-label="Filter events by actor" value={actor ?? ''} onChange={(e) => onChange({ actor: e.target.value || null })}>
        <option value="">All actors</option>
        {unknownActor && (
          <option value={unknownActor}>
            {unknownActor.length > MAX_UNKNOWN_ACTOR ? `${unknownActor.slice(0, MAX_UNKNOWN_ACTOR - 1)}…` : unknownActor} (no events)
          </option>
        )}
        {actors.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </select>
      <select
        aria-label="Minimum importance"
        value={imp}
        onChange={(e) => onChange({ imp: Number(e.target.value) as Importance })}
      >
        <option value={1}>All importance levels</option>
        <option value={2}>Notable and major</option>
        <option value={3}>Major only</option>
      </select>
      <fieldset className="category-chips">
        <legend className="sr-only">Categories</legend>
        {CATEGORIES.map((c) => (
          <label key={c} className={cats.includes(c) ? 'chip on' : 'chip'}>
            <input type="checkbox" checked={cats.includes(c)} onChange={() => toggle(c)} />
            <span className="swatch" style={{ background: CATEGORY_INFO[c].color[theme] }} />
            {CATEGORY_INFO[c].label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
