import { useState } from 'react';
import { downloadBlob } from '../../../components/ui/download';
import { useT } from '../../../i18n/use-t';
import type { KrwEvent } from '../../events/model/event-schema';
import { eventsFileName, eventsToCsv, eventsToJson } from '../model/export-events';

const FORMATS = ['csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** **Export events**: the events listed (built-in and yours, after the filters) as CSV or JSON. */
export function ExportEventsButton({ events }: { events: readonly KrwEvent[] }) {
  const { t } = useT();
  const [format, setFormat] = useState<Format>('csv');
  const save = () => {
    const name = eventsFileName(format, new Date().toISOString().slice(0, 10));
    if (format === 'csv') downloadBlob(eventsToCsv(events), name, 'text/csv;charset=utf-8');
    else downloadBlob(eventsToJson(events), name, 'application/json;charset=utf-8');
  };
  return (
    <span className="export-events">
      <button type="button" disabled={!events.length} title={t('user-data.export.title', { n: events.length, format: format.toUpperCase() })} onClick={save}>
        {t('user-data.export.button')}
      </button>
      <select aria-label={t('user-data.export.format')} value={format} onChange={(e) => setFormat(e.currentTarget.value as Format)}>
        {FORMATS.map((f) => (
          <option key={f} value={f}>
            {f.toUpperCase()}
          </option>
        ))}
      </select>
    </span>
  );
}
