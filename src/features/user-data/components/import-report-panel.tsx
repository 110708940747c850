import { useState } from 'react';
import { downloadBlob } from '../../../components/ui/download';
import type { ImportProblem } from '../model/import-events';
import { formatProblem } from '../model/import-report';

export interface ImportReportData {
  fileName: string;
  problems: ImportProblem[];
  /** The full report as CSV (`line,status,problem`). */
  csv: string;
}

/** `my-events.csv` → `my-events-import-report.csv`. */
export function reportFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]*$/, '') || 'events'}-import-report.csv`;
}

/**
 * "Show all N problems" under Import events: every problem of the last import,
 * each with its line, and **Download report** (a CSV of every one).
 */
export function ImportReportPanel({ report, onClose }: { report: ImportReportData; onClose: () => void }) {
  const [open, setOpen] = useState(false);
  const n = report.problems.length;
  return (
    <details className="import-report" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary style={{ cursor: 'pointer' }}>{n === 1 ? 'Show the import problem' : `Show all ${n.toLocaleString('en-US')} problems`}</summary>
      {open && (
        <div className="embed-dialog" role="region" aria-label={`Import report for ${report.fileName}`} style={{ maxHeight: '60vh', overflow: 'auto' }}>
          <p className="small muted">
            {report.fileName}: {n === 1 ? '1 problem' : `${n.toLocaleString('en-US')} problems`}, in the order they were found.
          </p>
          <ol className="small import-problems">
            {report.problems.map((p, i) => (
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ol>
          <div className="row">
            <button type="button" onClick={() => downloadBlob(report.csv, reportFileName(report.fileName))}>
              Download report
            </button>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      )}
    </details>
  );
}
