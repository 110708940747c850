import { useId, useState } from 'react';
import { downloadBlob } from '../../../components/ui/download';
import { useT } from '../../../i18n/use-t';
import { buildChartSvg, ChartImageError, svgToPng, type ChartImageMeta, type ImageTheme } from '../chart-image';
import { screenTheme } from '../image-dom';
import { canCopyImage, copyPng } from '../copy-image';

type ThemeChoice = 'screen' | ImageTheme;
const THEME_CHOICES: readonly ThemeChoice[] = ['screen', 'light', 'dark'];

/**
 * Download PNG (2×), Download SVG and Copy image (the PNG, to the clipboard) of the chart as
 * shown, with labels, source and date inside, in the theme chosen beside them (light, dark, or
 * as the screen shows).
 */
export function ImageButtons({ getMeta, fileBase }: { getMeta: () => ChartImageMeta; fileBase: string }) {
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [choice, setChoice] = useState<ThemeChoice>('screen');
  const noCopyId = useId();
  const copyable = canCopyImage();
  const find = () => document.querySelector<SVGSVGElement>('[data-testid="timeline-chart"] svg.plot-surface');
  const failed = (e: unknown) => t('export.image.failed', { why: e instanceof ChartImageError ? t(`export.image.error.${e.code}`) : (e as Error).message });
  const build = () => {
    const chart = find();
    if (!chart) {
      setError(t('export.image.noChart'));
      return null;
    }
    return buildChartSvg(chart, getMeta(), choice === 'screen' ? screenTheme() : choice);
  };
  const run = async (kind: 'png' | 'svg') => {
    setError(null);
    setDone(null);
    try {
      const image = build();
      if (!image) return;
      const { svg, width, height } = image;
      if (kind === 'svg') downloadBlob(svg, `${fileBase}.svg`, 'image/svg+xml;charset=utf-8');
      else downloadBlob(await svgToPng(svg, width, height, 2), `${fileBase}.png`);
    } catch (e) {
      setError(failed(e));
    }
  };
  const copy = async () => {
    setError(null);
    setDone(null);
    let image: ReturnType<typeof build> = null;
    try {
      image = build();
    } catch (e) {
      return setError(failed(e));
    }
    if (!image) return;
    const result = await copyPng(svgToPng(image.svg, image.width, image.height, 2));
    if (result === 'ok') setDone(t('export.image.copied'));
    else if (result === 'refused') setError(t('export.image.copyRefused'));
    else setError(result instanceof ChartImageError ? failed(result) : t('export.image.copyFailed', { why: result.message }));
  };
  return (
    <>
      <button type="button" onClick={() => void run('png')}>
        {t('export.image.png')}
      </button>
      <button type="button" onClick={() => void run('svg')}>
        {t('export.image.svg')}
      </button>
      <button type="button" disabled={!copyable} aria-describedby={copyable ? undefined : noCopyId} title={copyable ? undefined : t('export.image.copyUnsupported')} onClick={() => void copy()}>
        {t('export.image.copy')}
      </button>
      {!copyable && (
        <span id={noCopyId} className="sr-only">
          {t('export.image.copyUnsupported')}
        </span>
      )}
      <label className="image-theme">
        {t('export.image.theme')}{' '}
        <select value={choice} onChange={(e) => setChoice(e.target.value as ThemeChoice)}>
          {THEME_CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(`export.image.theme.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {done && (
        <span className="toast" role="status">
          {done}
        </span>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
