/**
 * What Import events needs once a file is chosen — decoding, parsing, the preview and the
 * report — in a chunk of its own, loaded when the user opens the file dialog instead of with
 * the page (about 6 kB gzip less before the first paint).
 */
export { readEventFile } from '../worker/event-file-client';
export { allProblems, importReport, importReportCsv } from '../model/import-report';
export { ImportPreview } from './import-preview';
export { ImportReportPanel } from './import-report-panel';
