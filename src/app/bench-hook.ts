import { useViewStore } from '../lib/view-store';
import { armPanelFault } from './panel-fault';
import type { SeriesParseOptions } from '../features/user-data/model/series-csv-types';

/** What the automation hook tells of a parsed series file (plain data for page.evaluate). */
export interface SeriesParseSummary {
  fileIssue: string | null;
  count: number;
  issues: number;
  first: number | null;
  last: number | null;
  resolution: string;
  fastPath: boolean | null;
}

/** A series for `addSeries`: the numbers as typed arrays (build them in the page, not over the wire). */
export interface AutomationSeries {
  name: string;
  unit: string;
  /** UTC ms, ascending; as many as `values`. */
  instants: Float64Array;
  values: Float64Array;
  /** Default `intraday`. */
  resolution?: 'daily' | 'intraday';
  /** Default: the first colour token no stored series has. */
  color?: string;
  /** Default `{ zone: 'UTC', time: '00:00' }`. */
  fix?: { zone: string; time: string };
}

/** What `addSeries` tells: the stored id (`csv:<slug>`), or why the store refused it. */
export type AutomationSeriesResult = { ok: true; id: string; count: number } | { ok: false; code: string; detail?: string };

declare global {
  interface Window {
    /**
     * A tiny automation handle used by the benchmark and end-to-end tests; only in the
     * automation build (`vite build --mode automation`, main.tsx), never in the production dist/.
     * `parseSeries` runs the series import's Web Worker on a file (there is no toolbar control yet).
     */
    __krwLens?: {
      setRange: (from: string, to: string) => void;
      /** Makes one panel (its catalog area id, e.g. `area.reactions`) throw once on its next render (panel-fault.ts). */
      failPanel: (area: string) => void;
      parseSeries: (file: Blob, options?: Omit<SeriesParseOptions, 'onProgress'>) => Promise<SeriesParseSummary>;
      /**
       * Stores a series in the browser's imported series (IndexedDB) through the series store's
       * `add`, as Import series does after its preview; a reload then starts with it stored.
       */
      addSeries: (series: AutomationSeries) => Promise<AutomationSeriesResult>;
      /** The series store's state: its status and the ids it holds. */
      userSeries: () => Promise<{ status: string; ids: string[] }>;
    };
  }
}

export function installAutomationHook(): void {
  window.__krwLens = {
    setRange: (from, to) => useViewStore.getState().setView({ from, to }),
    failPanel: (area) => armPanelFault(area),
    parseSeries: async (file, options) => {
      const { parseSeriesFile } = await import('../features/user-data/worker/series-parse-client');
      const r = await parseSeriesFile(file, { options });
      return {
        fileIssue: r.fileIssue?.code ?? null,
        count: r.count,
        issues: r.issues.length,
        first: r.range?.first ?? null,
        last: r.range?.last ?? null,
        resolution: r.resolution,
        fastPath: r.layout?.fastPath ?? null,
      };
    },
    addSeries: async (series) => {
      // Imported on use, like parseSeries: nothing of this reaches a build without the hook.
      const [{ useUserSeriesStore }, { isSeriesColorToken, nextSeriesColor }] = await Promise.all([
        import('../features/user-data/store/user-series-store'),
        import('../features/user-data/model/series-meta'),
      ]);
      const store = useUserSeriesStore.getState();
      const color = series.color ?? nextSeriesColor(store.series.map((s) => s.meta.color));
      if (!isSeriesColorToken(color)) return { ok: false, code: 'db.invalid', detail: `colour ${color}` };
      const r = await store.add({
        name: series.name,
        unit: series.unit,
        color,
        resolution: series.resolution ?? 'intraday',
        fix: series.fix ?? { zone: 'UTC', time: '00:00' },
        instants: series.instants,
        values: series.values,
      });
      return r.ok ? { ok: true, id: r.value.id, count: r.value.count } : { ok: false, code: r.code, detail: r.detail };
    },
    userSeries: async () => {
      const { useUserSeriesStore } = await import('../features/user-data/store/user-series-store');
      const s = useUserSeriesStore.getState();
      return { status: s.status, ids: s.series.map((x) => x.meta.id) };
    },
  };
}
