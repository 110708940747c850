import { useId, useState } from 'react';
import { downloadBlob } from '../../../components/ui/download';
import { useT } from '../../../i18n/use-t';
import type { ChartImageMeta, ImageTheme } from '../chart-image';
import { canCopyImage, copyPng } from '../copy-image';

type ImageKit = typeof import('../image-kit');
let kit: Promise<ImageKit> | null = null;
/** The drawing code, fetched once; asked for when a button is pointed at or focused, so that it is there by the click. */
const loadKit = (): Promise<ImageKit> => (kit ??= import('../image-kit').catch((e: unknown) => ((kit = null), Promise.reject(e))));
const prefetch = () => void loadKit().catch(() => undefined);

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
  const failed = (e: unknown, k: ImageKit | null) => t('export.image.failed', { why: k && e instanceof k.ChartImageError ? t(`export.image.error.${e.code}`) : (e as Error).message });
  /** The chart, or null (and the message) when there is none. */
  const chartOrSay = () => {
    const chart = find();
    if (!chart) setError(t('export.image.noChart'));
    return chart;
  };
  const draw = (k: ImageKit, chart: SVGSVGElement, meta: ChartImageMeta) => k.buildChartSvg(chart, meta, choice === 'screen' ? k.screenTheme() : choice);
  const run = async (kind: 'png' | 'svg') => {
    setError(null);
    setDone(null);
    const chart = chartOrSay();
    if (!chart) return;
    const meta = getMeta();
    let k: ImageKit | null = null;
    try {
      k = await loadKit();
      const { svg, width, height } = draw(k, chart, meta);
      if (kind === 'svg') downloadBlob(svg, `${fileBase}.svg`, 'image/svg+xml;charset=utf-8');
      else downloadBlob(await k.svgToPng(svg, width, height, 2), `${fileBase}.png`);
    } catch (e) {
      setError(failed(e, k));
    }
  };
  const copy = async () => {
    setError(null);
    setDone(null);
    const chart = chartOrSay();
    if (!chart) return;
    const meta = getMeta();
    // The clipboard item is made inside the click (copyPng), with the PNG still to come: drawing it
    // may wait for the drawing code's chunk.
    const png = loadKit().then((k) => {
      const { svg, width, height } = draw(k, chart, meta);
      return k.svgToPng(svg, width, height, 2);
    });
    const result = await copyPng(png);
    if (result === 'ok') setDone(t('export.image.copied'));
    else if (result === 'refused') setError(t('export.image.copyRefused'));
    else {
      const k = await loadKit().catch(() => null);
      setError(k && result instanceof k.ChartImageError ? failed(result, k) : t('export.image.copyFailed', { why: result.message }));
    }
  };
  return (
    <>
      <button type="button" onPointerEnter={prefetch} onFocus={prefetch} onClick={() => void run('png')}>
        {t('export.image.png')}
      </button>
      <button type="button" onPointerEnter={prefetch} onFocus={prefetch} onClick={() => void run('svg')}>
        {t('export.image.svg')}
      </button>
      <button type="button" disabled={!copyable} aria-describedby={copyable ? undefined : noCopyId} title={copyable ? undefined : t('export.image.copyUnsupported')}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={() => void copy()}
      >
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
