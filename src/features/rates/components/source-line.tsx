import { SOURCES, type SourceId } from '../../../config/series';

/** "Federal Reserve H.10, noon New York, as of 2024-11-29" (plus "cached" when it is). */
export function sourceLineText(source: SourceId, asOf: string, cached = false): string {
  const s = SOURCES[source];
  return `${s.name}, ${s.fixLabel}, ${cached ? 'cached, ' : ''}as of ${asOf}`;
}

export function SourceLine({ source, asOf, cached }: { source: SourceId; asOf: string; cached?: boolean }) {
  return (
    <p className="source-line" data-testid="source-line">
      Source: {sourceLineText(source, asOf, cached)}
    </p>
  );
}
