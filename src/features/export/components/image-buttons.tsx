import { useState } from 'react';
import { downloadBlob } from '../../../components/ui/download';
import { useT } from '../../../i18n/use-t';
import { buildChartSvg, ChartImageError, svgToPng, type ChartImageMeta } from '../chart-image';

/** Download PNG (2×) and Download SVG of the chart as shown, with labels, source and date inside. */
export function ImageButtons({ getMeta, fileBase }: { getMeta: () => ChartImageMeta; fileBase: string }) {
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  const find = () => document.querySelector<SVGSVGElement>('[data-testid="timeline-chart"] svg.plot-surface');
  const run = async (kind: 'png' | 'svg') => {
    setError(null);
    const chart = find();
    if (!chart) return setError(t('export.image.noChart'));
    try {
      const { svg, width, height } = buildChartSvg(chart, getMeta());
      if (kind === 'svg') downloadBlob(svg, `${fileBase}.svg`, 'image/svg+xml;charset=utf-8');
      else downloadBlob(await svgToPng(svg, width, height, 2), `${fileBase}.png`);
    } catch (e) {
      setError(t('export.image.failed', { why: e instanceof ChartImageError ? t(`export.image.error.${e.code}`) : (e as Error).message }));
    }
  };
  return (
    <>
      <button type="button" onClick={() => void run('png')}>
        {t('export.image.png')}
      </button>
      <button type="button" onClick={() => void run('svg')}>
        {t('export.image.svg')}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
