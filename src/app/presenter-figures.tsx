import { useMemo } from 'react';
import { useT } from '../i18n/use-t';
import { asDay, isoFromDay } from '../lib/units';
import type { DatedEvent } from '../features/events/model/filter-events';
import type { Series } from '../features/rates/model/series';
import { computeReactions, type ReactionRow } from '../features/reactions/model';
import { direction, lineName, signed, statusText, zBand, zReading } from '../features/reactions/components/reaction-format';

/** At most this many lines get figures on a slide (the first ones shown); a room reads no more. */
const MAX_LINES = 3;

// Class names, not words.
const figureClass = (band: string | undefined) => (band ? `presenter-figure band-${band}` : 'presenter-figure');

function Figure({ label, name, value, note, band }: { label: string; name: string; value: string; note?: string; band?: string }) {
  return (
    <div className={figureClass(band)} data-figure={name}>
      <div className="presenter-figure-label">
        {label} <span className="presenter-figure-name">{name}</span>
      </div>
      <div className="presenter-figure-value">{value}</div>
      {note && <div className="presenter-figure-note">{note}</div>}
    </div>
  );
}

/** The first and last dates of a series (ISO), to say why an event has no reaction in it. */
function bounds(s: Series | undefined): [string | null, string | null] {
  const n = s?.days.length ?? 0;
  return s && n ? [isoFromDay(asDay(s.days[0])), isoFromDay(asDay(s.days[n - 1]))] : [null, null];
}

function LineFigures({ r, s }: { r: ReactionRow; s: Series | undefined }) {
  const { t, tm } = useT();
  const pct = (x: number | null) => (x === null ? '—' : `${signed(x)}%`);
  const dir = (x: number | null) => {
    const d = direction(x);
    return d ? tm(d) : undefined;
  };
  return (
    <section className="presenter-line" aria-label={lineName(t, r)}>
      <h2 className="presenter-line-name">
        <span className="swatch line" style={{ background: `var(${r.meta.colorVar})` }} /> {lineName(t, r)}
      </h2>
      {r.status !== 'ok' ? (
        <p className="presenter-reading">{t('app.present.noReaction', { why: tm(statusText(r.status, ...bounds(s))) })}</p>
      ) : (
        <>
          <div className="presenter-figure-row">
            <Figure label={t('app.present.chg0')} name="chg_0" value={pct(r.chg0)} note={dir(r.chg0)} />
            <Figure label={t('app.present.chg5')} name="chg_5" value={pct(r.chg5)} note={dir(r.chg5)} />
            <Figure label={t('app.present.z0')} name="z_0" value={r.z0 === null ? '—' : `${signed(r.z0)}σ`} band={r.z0 === null ? undefined : zBand(r.z0)} />
          </div>
          <p className="presenter-reading">{tm(zReading(r.z0, r.meta.resolution === 'intraday'))}</p>
        </>
      )}
    </section>
  );
}

/**
 * The event's reaction figures on each shown line (the first MAX_LINES): chg_0, chg_5 and z_0 by
 * the reactions model, and the model's own reading of z (its significance line; the model gives
 * no per-event p-value).
 */
export function PresenterFigures({ event, series }: { event: DatedEvent; series: readonly Series[] }) {
  const { t } = useT();
  const lines = useMemo(() => series.slice(0, MAX_LINES), [series]);
  const rows = useMemo(() => computeReactions([event], lines), [event, lines]);
  const className = `presenter-figures${rows.length > 1 ? ' several' : ''}`;
  return (
    // Two or three lines: each line's figures side by side, in smaller figure type, so that all of
    // them fit the column at 1920×1080 (stacked, the third line's were cut off).
    <div className={className} data-testid="presenter-figures">
      {/* One event: the rows come in the lines' order. */}
      {rows.map((r, i) => (
        <LineFigures key={r.line} r={r} s={lines[i]} />
      ))}
      {series.length > MAX_LINES && <p className="presenter-reading">{t('app.present.moreLines', { n: series.length - MAX_LINES })}</p>}
      {!rows.length && <p className="presenter-reading">{t('app.present.noLines')}</p>}
    </div>
  );
}
