import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../../i18n/use-t';
import { seriesFileIssueText } from '../model/series-csv-messages';
import { parseFixTime } from '../model/series-csv-time';
import type { SeriesParseResult } from '../model/series-csv-types';
import { checkSeriesFields, type SeriesFieldIssue } from '../model/series-meta';
import { fieldIssueText } from '../model/series-preview-format';
import { isKnownZone } from '../model/series-zone-clock';
import { SeriesBadLines } from './series-bad-lines';
import { SeriesPreviewSummary } from './series-preview-summary';

export interface SeriesReadSettings {
  timeZone: string;
  fixTime: string;
}

export interface SeriesImportPreviewProps {
  fileName: string;
  result: SeriesParseResult;
  /** The zone and fix time the result was read with. */
  settings: SeriesReadSettings;
  /** The user changed the zone or fix time (both valid): read the file again with them. */
  onSettingsChange: (settings: SeriesReadSettings) => void;
  onConfirm: (details: { name: string; unit: string } & SeriesReadSettings) => void;
  onCancel: () => void;
  /** Set while the file is being read again. */
  busy?: boolean;
}

const zoneNames = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [] as string[];
  }
})();

/**
 * The import preview of a series CSV: what was read (range, count, daily or intraday, first and
 * last rows, every bad line), the name and unit the user gives it, and the zone and fix time used
 * for local times and dates. Confirm or Cancel; Esc cancels and focus goes back where it was.
 */
export function SeriesImportPreview({ fileName, result, settings, onSettingsChange, onConfirm, onCancel, busy = false }: SeriesImportPreviewProps) {
  const { t, tm } = useT();
  const titleId = useId();
  const zonesId = `${titleId}-zones`;
  const [name, setName] = useState(() => fileName.replace(/\.[^.]*$/, ''));
  const [unit, setUnit] = useState('');
  const [zone, setZone] = useState(settings.timeZone);
  const [fix, setFix] = useState(settings.fixTime);
  const [issues, setIssues] = useState<SeriesFieldIssue[]>([]);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    nameRef.current?.focus();
    return () => before?.focus();
  }, []);

  const zoneOk = isKnownZone(zone.trim());
  const fixOk = parseFixTime(fix) >= 0;
  const needsZone = result.timeKinds.local > 0 || result.timeKinds.dateOnly > 0 || result.fileIssue?.code === 'options.bad-zone';
  const needsFix = result.timeKinds.dateOnly > 0 || result.fileIssue?.code === 'options.bad-fix-time';
  const changeSettings = (nextZone: string, nextFix: string) => {
    if (isKnownZone(nextZone.trim()) && parseFixTime(nextFix) >= 0) onSettingsChange({ timeZone: nextZone.trim(), fixTime: nextFix.trim() });
  };
  const canConfirm = !busy && !result.fileIssue && result.count > 0 && zoneOk && fixOk;
  const confirm = () => {
    const found = checkSeriesFields(name, unit);
    setIssues(found);
    if (found.length === 0 && canConfirm) onConfirm({ name: name.trim(), unit: unit.trim(), timeZone: zone.trim(), fixTime: fix.trim() });
  };
  const issueOf = (field: 'name' | 'unit') => issues.find((i) => i.field === field);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    }
  };
  const field = (key: 'name' | 'unit', label: string, value: string, set: (v: string) => void) => {
    const issue = issueOf(key);
    const errorId = `${titleId}-${key}-error`;
    return (
      <div className="series-field">
        <label>
          {label}{' '}
          <input
            ref={key === 'name' ? nameRef : undefined}
            value={value}
            required
            aria-invalid={issue ? true : undefined}
            aria-describedby={issue ? errorId : undefined}
            onChange={(e) => set(e.target.value)}
          />
        </label>
        {issue && (
          <span id={errorId} className="small field-error">
            {tm(fieldIssueText(issue))}
          </span>
        )}
      </div>
    );
  };

  return (
    <div className="embed-dialog series-import-preview" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown} style={{ width: 560, maxHeight: '80vh', overflow: 'auto' }}>
      <h2 id={titleId} style={{ fontSize: 15, margin: '0 0 6px' }}>
        {t('user-data.seriesPreview.title', { file: fileName })}
      </h2>
      {result.fileIssue ? (
        <p role="alert">{tm(seriesFileIssueText(result.fileIssue))}</p>
      ) : (
        <>
          <SeriesPreviewSummary result={result} zone={settings.timeZone} />
          <SeriesBadLines issues={result.issues} zone={settings.timeZone} />
        </>
      )}
      <fieldset className="series-fields" disabled={busy}>
        <legend className="small">{t('user-data.seriesPreview.legend')}</legend>
        {field('name', t('user-data.seriesPreview.name'), name, setName)}
        {field('unit', t('user-data.seriesPreview.unit'), unit, setUnit)}
        {needsZone && (
          <div className="series-field">
            <label>
              {t('user-data.seriesPreview.zone')}{' '}
              <input
                value={zone}
                list={zonesId}
                aria-invalid={zoneOk ? undefined : true}
                onChange={(e) => {
                  setZone(e.target.value);
                  changeSettings(e.target.value, fix);
                }}
              />
              <datalist id={zonesId}>
                {zoneNames.map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
            </label>
            {!zoneOk && <span className="small field-error">{t('user-data.seriesPreview.badZone')}</span>}
          </div>
        )}
        {needsFix && (
          <div className="series-field">
            <label>
              {t('user-data.seriesPreview.fixTime')}{' '}
              <input
                value={fix}
                aria-invalid={fixOk ? undefined : true}
                onChange={(e) => {
                  setFix(e.target.value);
                  changeSettings(zone, e.target.value);
                }}
              />
            </label>
            {!fixOk && <span className="small field-error">{t('user-data.seriesPreview.badFixTime')}</span>}
          </div>
        )}
      </fieldset>
      {busy && <p className="small muted">{t('user-data.seriesPreview.rereading')}</p>}
      <div className="row">
        <button type="button" onClick={onCancel}>
          {t('user-data.form.cancel')}
        </button>
        <button type="button" onClick={confirm} disabled={!canConfirm}>
          {t('user-data.seriesPreview.confirm')}
        </button>
      </div>
    </div>
  );
}
