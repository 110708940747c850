import { useState } from 'react';
import { downloadBlob } from '../../../components/ui/download';
import { buildChartSvg, svgToPng, type ChartImageMeta } from '../chart-image';

/** Download PNG (2×) and Download SVG of the chart as shown, with labels, source and date inside. */
export function ImageButtons({ getMeta, fileBase }: { getMeta: () => ChartImageMeta; fileBase: string }) {
  const [error, setError] = useState<string | null>(null);
  const find = () => document.querySelector<SVGSVGElement>('[data-testid="timeline-chart"] svg.plot-surface');
  const run = async (kind: 'png' | 'svg') => {
    setError(null);
    const chart = find();
    if (!chart) return setError('No chart to export yet.');
    try {
      const { svg, width, height } = buildChartSvg(chart, getMeta());
      if (kind === 'svg') downloadBlob(svg, `${fileBase}.svg`, 'image/svg+xml;charset=utf-8');
      else downloadBlob(await svgToPng(svg, width, height, 2), `${fileBase}.png`);
    } catch (e) {
      setError(`Export failed: ${(e as Error).message}`);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void run('png')}>
        Download PNG
      </button>
      <button type="button" onClick={() => void run('svg')}>
        Download SVG
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
