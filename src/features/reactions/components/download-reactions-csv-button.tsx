import { downloadBlob } from '../../../components/ui/download';
import type { PairId, SourceId } from '../../../config/series';
import { exportFileName } from '../../../lib/file-name';
import { reactionsCsv, type ReactionRow } from '../model';

interface Props {
  rows: readonly ReactionRow[];
  pairs: readonly PairId[];
  source: SourceId;
  /** The visible range (ISO dates), for the file name. */
  from: string;
  to: string;
}

/** `krw-event-lens_reactions_<pairs>_<source>_<from>_<to>.csv`. */
export function reactionsFileName(pairs: readonly PairId[], source: SourceId, from: string, to: string): string {
  return exportFileName('reactions', pairs, source, from, to, 'csv');
}

/** SPEC "Download reactions CSV": one row per event in view and pair shown, SPEC's columns in SPEC's order, full precision. */
export function DownloadReactionsCsvButton({ rows, pairs, source, from, to }: Props) {
  return (
    <button
      type="button"
      disabled={!rows.length}
      title={rows.length ? `${rows.length} rows` : 'No event in view'}
      onClick={() => downloadBlob(reactionsCsv(rows), reactionsFileName(pairs, source, from, to))}
    >
      Download reactions CSV
    </button>
  );
}
