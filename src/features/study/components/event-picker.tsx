import { dateText, useT } from '../../../i18n';
import { groupLabel } from './study-text';
import type { ViewEvent } from './study-choices';

interface Props {
  events: readonly ViewEvent[];
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}

/** The user's group: tick events of the view (a scrolling list), or all / none at once. */
export function EventPicker({ events, selected, onChange }: Props) {
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    onChange(next);
  };
  const ticked = events.filter((e) => selected.has(e.id)).length;
  const { t, lang } = useT();
  return (
    <fieldset className="st-picker">
      <legend className="small">
        {t('study.picker.legend', { ticked, total: events.length })}{' '}
        <button type="button" className="link-button" onClick={() => onChange(new Set(events.map((e) => e.id)))}>
          {t('study.picker.all')}
        </button>{' '}
        ·{' '}
        <button type="button" className="link-button" onClick={() => onChange(new Set())}>
          {t('study.picker.none')}
        </button>
      </legend>
      <ul className="st-picker-list">
        {events.map((e) => (
          <li key={e.id}>
            <label className="small">
              <input type="checkbox" checked={selected.has(e.id)} onChange={() => toggle(e.id)} /> <span className="num">{dateText(Date.parse(e.date), lang, 'short') || e.date}</span> {e.title}{' '}
              <span className="muted">({groupLabel(t, e.category)})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
