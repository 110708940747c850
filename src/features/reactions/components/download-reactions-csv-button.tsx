import { downloadBlob } from '../../../components/ui/download';
import type { SeriesId, SourceId } from '../../../config/series';
import { exportFileName } from '../../../lib/file-name';
import { useT } from '../../../i18n/use-t';
import { reactionsCsv, type EventStudyFigures, type ReactionRow } from '../model';

interface Props {
  rows: readonly ReactionRow[];
  /** The event study's figures of the rows (the last three columns; empty while null). */
  study?: EventStudyFigures | null;
  /** The shown series' ids (built-in pairs and imported `csv:…` series), for the file name. */
  pairs: readonly SeriesId[];
  /** The primary source, for the file name (each row names its own). */
  source: SourceId;
  /** The visible range (ISO dates), for the file name. */
  from: string;
  to: string;
  /**
   * True while the rows or their figures are being worked out again (a big set, in slices): the
   * button waits, so that a download is never of rows made for what was shown before.
   */
  busy?: boolean;
}

/** `krw-event-lens_reactions_<series ids>_<source>_<from>_<to>.csv`. */
export function reactionsFileName(pairs: readonly SeriesId[], source: SourceId, from: string, to: string): string {
  return exportFileName('reactions', pairs, source, from, to, 'csv');
}

/** SPEC "Download reactions CSV": one row per event in view and line shown, SPEC's columns in SPEC's order (then t0_utc and the event study's ar_0_pct, car_0_5_pct, car_0_20_pct), full precision. */
export function DownloadReactionsCsvButton({ rows, study = null, pairs, source, from, to, busy = false }: Props) {
  const { t } = useT();
  return (
    <button
      type="button"
      disabled={busy || !rows.length}
      title={busy ? t('reactions.csv.busy') : rows.length ? t('reactions.csv.rows', { n: rows.length }) : t('reactions.csv.empty')}
      onClick={() => downloadBlob(reactionsCsv(rows, study), reactionsFileName(pairs, source, from, to))}
    >
      {t('reactions.csv.download')}
    </button>
  );
}
