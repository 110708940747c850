import { useMemo } from 'react';
import { CATEGORIES, type Category } from '../../../config/categories';
import { CategorySwatch } from '../../../components/ui/category-swatch';
import { actorLabel, categoryLabel } from '../../../i18n/labels';
import { useT } from '../../../i18n/use-t';
import type { Theme } from '../../../lib/url-state';
import type { Importance } from '../model/event-schema';
import { actorAtoms } from '../model/filter-events';

interface Props {
  cats: Category[];
  actor: string | null;
  q: string;
  /** Minimum importance shown (the link's `imp`). */
  imp: Importance;
  /** The actors to offer: the parts of the events' actors (see actorsOf). */
  actors: string[];
  theme: Theme;
  onChange: (patch: { cats?: Category[]; actor?: string | null; q?: string; imp?: Importance }) => void;
}

/** Longest actor name shown in the actor list for an actor no event has (from a link). */
const MAX_UNKNOWN_ACTOR = 40;

const chipClass = (on: boolean) => (on ? 'chip on' : 'chip');

export function EventFilters({ cats, actor, q, imp, actors, theme, onChange }: Props) {
  const { t, lang } = useT();
  // The actors by their names in the UI's language, in that language's order.
  const named = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return actors.map((a) => ({ value: a, label: actorLabel(t, a) })).sort((x, y) => collator.compare(x.label, y.label));
  }, [actors, t, lang]);
  // A compound actor from an older link ("Russia/DPRK") still filters as before: it is offered by its names.
  const compound = actor && !actors.includes(actor) && actor.includes('/') && actorAtoms(actor).every((a) => actors.includes(a)) ? actor : null;
  // An actor no event has (a link can ask for any) is shown as chosen, so "All actors" can clear it.
  const unknownActor = actor && !actors.includes(actor) && !compound ? actor : null;
  const toggle = (c: Category) =>
    onChange({ cats: cats.includes(c) ? cats.filter((x) => x !== c) : CATEGORIES.filter((x) => x === c || cats.includes(x)) });
  return (
    <div className="event-filters">
      <input
        type="search"
        aria-label={t('events.filter.text')}
        placeholder={t('events.filter.textPlaceholder')}
        value={q}
        onChange={(e) => onChange({ q: e.target.value })}
      />
      <select aria-label={t('events.filter.actor')} value={actor ?? ''} onChange={(e) => onChange({ actor: e.target.value || null })}>
        <option value="">{t('events.filter.allActors')}</option>
        {unknownActor && (
          <option value={unknownActor}>
            {t('events.filter.unknownActor', {
              name: unknownActor.length > MAX_UNKNOWN_ACTOR ? `${unknownActor.slice(0, MAX_UNKNOWN_ACTOR - 1)}…` : unknownActor,
            })}
          </option>
        )}
        {compound && <option value={compound}>{actorLabel(t, compound)}</option>}
        {named.map((a) => (
          <option key={a.value} value={a.value}>
            {a.label}
          </option>
        ))}
      </select>
      <select
        aria-label={t('events.filter.minImportance')}
        value={imp}
        onChange={(e) => onChange({ imp: Number(e.target.value) as Importance })}
      >
        <option value={1}>{t('events.filter.imp1')}</option>
        <option value={2}>{t('events.filter.imp2')}</option>
        <option value={3}>{t('events.filter.imp3')}</option>
      </select>
      <fieldset className="category-chips">
        <legend className="sr-only">{t('events.filter.categories')}</legend>
        {CATEGORIES.map((c) => (
          <label key={c} className={chipClass(cats.includes(c))}>
            <input type="checkbox" checked={cats.includes(c)} onChange={() => toggle(c)} />
            <CategorySwatch category={c} theme={theme} />
            {categoryLabel(t, c)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
