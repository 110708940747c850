import type { SeriesFileIssue, SeriesParseResult } from './series-csv-types';

/** The result for a file that could not be read at all: the issue and no rows. */
export function failedSeriesResult(fileIssue: SeriesFileIssue): SeriesParseResult {
  return {
    fileIssue,
    layout: null,
    instants: new Float64Array(0),
    values: new Float64Array(0),
    count: 0,
    range: null,
    firstRows: [],
    lastRows: [],
    resolution: 'daily',
    outOfOrder: false,
    timeKinds: { offset: 0, local: 0, dateOnly: 0 },
    issues: [],
  };
}
