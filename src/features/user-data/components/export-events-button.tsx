import { useState } from 'react';
import { downloadBlob } from '../../../components/ui/download';
import type { KrwEvent } from '../../events/model/event-schema';
import { eventsFileName, eventsToCsv, eventsToJson } from '../model/export-events';

type Format = 'csv' | 'json';

/** **Export events**: the events listed (built-in and yours, after the filters) as CSV or JSON. */
export function ExportEventsButton({ events }: { events: readonly KrwEvent[] }) {
  const [format, setFormat] = useState<Format>('csv');
  const save = () => {
    const name = eventsFileName(format, new Date().toISOString().slice(0, 10));
    if (format === 'csv') downloadBlob(eventsToCsv(events), name, 'text/csv;charset=utf-8');
    else downloadBlob(eventsToJson(events), name, 'application/json;charset=utf-8');
  };
  return (
    <span className="export-events">
      <button type="button" disabled={!events.length} title={`Save the ${events.length} events listed as ${format.toUpperCase()}`} onClick={save}>
        Export events
      </button>
      <select aria-label="Export format" value={format} onChange={(e) => setFormat(e.currentTarget.value as Format)}>
        <option value="csv">CSV</option>
        <option value="json">JSON</option>
      </select>
    </span>
  );
}
