import { useId, useState } from 'react';
import { CATEGORIES, CATEGORY_INFO, type Category } from '../../../config/categories';
import { DEFAULT_IMPORT_CATEGORY, type ImportResult } from '../model/import-events';
import { formatProblem } from '../model/import-report';
import { ModalDialog } from './modal-dialog';
import { shorten } from '../../../lib/notice-text';

/** Problems listed in the preview; the rest are counted (the import report keeps them all). */
const LISTED = 20;

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

interface Props {
  fileName: string;
  result: ImportResult;
  /** The user confirmed: the category for the rows that had none. */
  onImport: (category: Category) => void;
  onCancel: () => void;
  /** Gets focus back when the preview closes. */
  returnFocusTo?: HTMLElement | null;
}

/**
 * The step before an import adds anything: the file's name, how many events it holds,
 * its problems, and — when some rows have no category — the category they get (for all of them).
 */
export function ImportPreview({ fileName, result, onImport, onCancel, returnFocusTo }: Props) {
  const [category, setCategory] = useState<Category>(DEFAULT_IMPORT_CATEGORY);
  const selectId = useId();
  const n = result.events.length;
  const noCategory = result.defaultedCategory.length;
  const problems = result.problems;
  return (
    <ModalDialog title={`Import events from ${shorten(fileName, 80)}`} onClose={onCancel} className="import-preview" returnFocusTo={returnFocusTo}>
      <p>
        {plural(n, 'event')} found{result.builtInPresent ? `; ${plural(result.builtInPresent, 'built-in event')} already present` : ''}.
      </p>
      {problems.length > 0 && (
        <>
          <p className="small">
            {plural(problems.length, 'problem')} ({plural(problems.filter((p) => p.skipped).length, 'line')} left out):
          </p>
          <ul className="small import-preview-problems" aria-label="Problems found">
            {problems.slice(0, LISTED).map((p, i) => (
              <li key={i}>{shorten(formatProblem(p), 200)}</li>
            ))}
            {problems.length > LISTED && <li className="muted">… and {problems.length - LISTED} more, all in the import report</li>}
          </ul>
        </>
      )}
      {noCategory > 0 && (
        <p>
          <label htmlFor={selectId}>Category for rows without one </label>
          <select id={selectId} value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_INFO[c].label}
              </option>
            ))}
          </select>{' '}
          <span className="small muted">({plural(noCategory, 'row')})</span>
        </p>
      )}
      <div className="row">
        <button type="button" onClick={() => onImport(category)}>
          Import
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
