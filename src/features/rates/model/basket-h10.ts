import { BASKET_MEMBER_IDS, H10_BASKET_KEYS, memberFigureProblem, type BasketMemberSeries } from './basket';
import { decodeColumn, decodeDays, readDeltaFile, type DeltaFile } from './snapshot-codec';

/**
 * public/data/h10-basket.json, written by scripts/build-snapshot.mjs: the snapshot format
 * (scripts/snapshot-codec.mjs: day gaps and delta-encoded integer columns) with the six H.10
 * basket series JPUS, CHUS, SIUS, THUS, MAUS, INUS (units per 1 USD; null = no figure that day).
 */
export type H10BasketFile = DeltaFile<(typeof H10_BASKET_KEYS)[keyof typeof H10_BASKET_KEYS]>;

function invalid(path: string, message: string): never {
  throw new Error(`basket file is not valid: ${path}: ${message}`);
}

/** Checks the file's shape, saying where it is wrong; the figures are checked as they are decoded. */
export function readH10BasketFile(json: unknown): H10BasketFile {
  return readDeltaFile(json, Object.values(H10_BASKET_KEYS), 'basket file', true);
}

/**
 * The file's members, each on the days it has a figure (gaps stay gaps). Throws, saying what and
 * where, on a file that is not right: shape, day gaps, a figure that is not an integer, or a
 * decoded figure that cannot be units per USD (not positive, out of bounds).
 */
export function parseH10Basket(json: unknown): BasketMemberSeries[] {
  const file = readH10BasketFile(json);
  const n = file.days.length;
  const days = decodeDays(file);
  return BASKET_MEMBER_IDS.map((id) => {
    const key = H10_BASKET_KEYS[id];
    const col = decodeColumn(file.series[key], n, key);
    const outDays = new Int32Array(n);
    const out = new Float64Array(n);
    let j = 0;
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (v !== v) continue; // NaN: no figure that day
      const problem = memberFigureProblem(v);
      if (problem) invalid(`series.${key}.values[${i}]`, problem);
      outDays[j] = days[i];
      out[j++] = v;
    }
    return { id, days: outDays.slice(0, j), values: out.slice(0, j) };
  });
}
