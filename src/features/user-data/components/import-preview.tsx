import { useId, useState } from 'react';
import { CATEGORIES, type Category } from '../../../config/categories';
import { categoryLabel } from '../../../i18n/labels';
import { useT } from '../../../i18n/use-t';
import { DEFAULT_IMPORT_CATEGORY, type ImportResult } from '../model/import-events';
import { formatProblem } from '../model/import-report';
import { ModalDialog } from './modal-dialog';
import { shorten } from '../../../lib/notice-text';

/** Problems listed in the preview; the rest are counted (the import report keeps them all). */
const LISTED = 20;

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
  const { t, tm } = useT();
  const [category, setCategory] = useState<Category>(DEFAULT_IMPORT_CATEGORY);
  const selectId = useId();
  const n = result.events.length;
  const noCategory = result.defaultedCategory.length;
  const problems = result.problems;
  return (
    <ModalDialog title={t('user-data.preview.title', { file: shorten(fileName, 80) })} onClose={onCancel} className="import-preview" returnFocusTo={returnFocusTo}>
      <p>
        {result.builtInPresent ? t('user-data.preview.foundWithBuiltIn', { n, builtIn: result.builtInPresent }) : t('user-data.preview.found', { n })}
      </p>
      {problems.length > 0 && (
        <>
          <p className="small">
            {t('user-data.preview.problems', { n: problems.length, lines: problems.filter((p) => p.skipped).length })}
          </p>
          <ul className="small import-preview-problems" aria-label={t('user-data.preview.problemsLabel')}>
            {problems.slice(0, LISTED).map((p, i) => (
              <li key={i}>{shorten(tm(formatProblem(p)), 200)}</li>
            ))}
            {problems.length > LISTED && <li className="muted">{t('user-data.preview.more', { n: problems.length - LISTED })}</li>}
          </ul>
        </>
      )}
      {noCategory > 0 && (
        <p>
          <label htmlFor={selectId}>{t('user-data.preview.categoryFor')} </label>
          <select id={selectId} value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(t, c)}
              </option>
            ))}
          </select>{' '}
          <span className="small muted">{t('user-data.preview.rows', { n: noCategory })}</span>
        </p>
      )}
      <div className="row">
        <button type="button" onClick={() => onImport(category)}>
          {t('user-data.preview.import')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('user-data.form.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
