import { useViewStore } from '../lib/view-store';
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

declare global {
  interface Window {
    /**
     * A tiny automation handle used by the benchmark and end-to-end tests; only in the
     * automation build (`vite build --mode automation`, main.tsx), never in the production dist/.
     * `parseSeries` runs the series import's Web Worker on a file (there is no toolbar control yet).
     */
    __krwLens?: {
      setRange: (from: string, to: string) => void;
      parseSeries: (file: Blob, options?: Omit<SeriesParseOptions, 'onProgress'>) => Promise<SeriesParseSummary>;
    };
  }
}

export function installAutomationHook(): void {
  window.__krwLens = {
    setRange: (from, to) => useViewStore.getState().setView({ from, to }),
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
  };
}
