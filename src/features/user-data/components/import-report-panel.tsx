import { useState } from 'react';
import { downloadBlob } from '../../../components/ui/download';
import { useT } from '../../../i18n/use-t';
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
  const { t, tm } = useT();
  const [open, setOpen] = useState(false);
  const n = report.problems.length;
  return (
    <details className="import-report" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary style={{ cursor: 'pointer' }}>{t('user-data.report.show', { n })}</summary>
      {open && (
        <div className="embed-dialog" role="region" aria-label={t('user-data.report.label', { file: report.fileName })} style={{ maxHeight: '60vh', overflow: 'auto' }}>
          <p className="small muted">
            {t('user-data.report.intro', { file: report.fileName, n })}
          </p>
          <ol className="small import-problems">
            {report.problems.map((p, i) => (
              <li key={i}>{tm(formatProblem(p))}</li>
            ))}
          </ol>
          <div className="row">
            <button type="button" onClick={() => downloadBlob(report.csv, reportFileName(report.fileName))}>
              {t('user-data.report.download')}
            </button>
            <button type="button" onClick={onClose}>
              {t('user-data.close')}
            </button>
          </div>
        </div>
      )}
    </details>
  );
}
