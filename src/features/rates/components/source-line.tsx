import { SOURCES, type SourceId } from '../../../config/series';

/** "Federal Reserve H.10, noon New York, as of 2024-11-29" (plus "cached" when it is). */
export function sourceLineText(source: SourceId, asOf: string, cached = false): string {
  const s = SOURCES[source];
  return `${s.name}, ${s.fixLabel}, ${cached ? 'cached, ' : ''}as of ${asOf}`;
}

/** The other built-in source drawn beside the primary one (`compare=1`), when its figures are in. */
export interface ComparedSource {
  source: SourceId;
  asOf: string;
}

/** The source line, naming the compared source too ("; dashed: ECB reference rates, 14:15 Frankfurt, as of …"). */
export function sourcesText(source: SourceId, asOf: string, cached = false, compared?: ComparedSource | null): string {
  const main = sourceLineText(source, asOf, cached);
  return compared ? `${main}; dashed: ${sourceLineText(compared.source, compared.asOf)}` : main;
}

export function SourceLine({ source, asOf, cached, compared }: { source: SourceId; asOf: string; cached?: boolean; compared?: ComparedSource | null }) {
  return (
    <p className="source-line" data-testid="source-line">
      Source: {sourcesText(source, asOf, cached, compared)}
    </p>
  );
}
