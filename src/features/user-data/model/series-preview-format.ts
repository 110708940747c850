import { msg, type Msg } from '../../../i18n/message';
import type { SeriesFieldIssue } from './series-meta';
import type { SeriesParseResult } from './series-csv-types';

const formats = new Map<string, Intl.DateTimeFormat>();

/** `2024-03-04 10:30` (or with seconds when it has them) on the wall clock of `zone`. */
export function formatInstantInZone(ms: number, zone: string): string {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formats.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  const ms3 = ms % 1000 === 0 ? '' : `.${String(((ms % 1000) + 1000) % 1000).padStart(3, '0')}`;
  const sec = p.second === '00' && !ms3 ? '' : `:${p.second}${ms3}`;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${sec}`;
}

/** The series' resolution in words for the preview (a message). */
export function describeResolution(result: SeriesParseResult): Msg {
  return msg(result.resolution === 'intraday' ? 'user-data.resolution.intraday' : 'user-data.resolution.daily');
}

/** Why a name or unit is refused (a message). */
export function fieldIssueText(issue: SeriesFieldIssue): Msg {
  const field = msg(issue.field === 'name' ? 'user-data.seriesPreview.name' : 'user-data.seriesPreview.unit');
  return issue.code === 'field.required' ? msg('user-data.seriesField.required', { field }) : msg('user-data.seriesField.tooLong', { field, max: issue.max });
}
