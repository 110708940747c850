import type { Msg } from '../../../i18n/message';
import { useT } from '../../../i18n/use-t';
import type { EventStudyFigures, ReactionRow, RowStudy } from '../model';
import { direction, level, lineName, signed } from './reaction-format';
import { carMissText, fitMissText, MODEL_TEXT, offsetText, switchText, windowLabel } from './study-format';

interface Props {
  /** The event's rows, one per shown line. */
  rows: readonly ReactionRow[];
  /** The study's figures; null while they are being computed (after the first paint). */
  study: EventStudyFigures | null;
}

function Pct({ x, why }: { x: number | null; why?: Msg }) {
  const { tm } = useT();
  if (x === null) return <td className="num muted" title={why && tm(why)}>—</td>;
  const dir = direction(x);
  return (
    <td className="num" title={dir ? tm(dir) : undefined}>
      {signed(x)}
      <span className="unit">%</span>
    </td>
  );
}

function Cars({ st }: { st: RowStudy }) {
  return (
    <>
      {st.cars.map((c, i) => (
        <Pct key={i} x={c.ok ? c.car : null} why={c.ok ? undefined : carMissText(st, c)} />
      ))}
    </>
  );
}

/** The first window's header: AR₀ is CAR(0,0) (symbols, the same in every language). */
const AR0_HEAD = 'AR₀ = CAR(0,0)';

/**
 * The event's abnormal return at T0 and CARs by window, per shown line (issue #12), with σ_ε and,
 * under the market model, α and β; or why a line has none. AR₀ is CAR(0,0), the first window.
 */
export function AbnormalReturns({ rows, study }: Props) {
  const { t } = useT();
  if (!study) {
    return (
      <p className="rx-ar-pending muted small" role="status">
        {t('reactions.ar.computing')}
      </p>
    );
  }
  const shown = rows.map((r) => ({ r, st: study.byRow.get(r) })).filter((x): x is { r: ReactionRow; st: RowStudy } => x.st !== undefined);
  const market = shown.some((x) => x.st.model === 'market');
  const cols = study.windows.length + 1 + (market ? 2 : 0);
  return (
    <section className="rx-ar" aria-labelledby="rx-ar-h">
      <h4 id="rx-ar-h">
        {t('reactions.ar.heading')} <span className="muted small">{t('reactions.ar.headingNote', { model: MODEL_TEXT[study.model] })}</span>
      </h4>
      <div className="rx-table-wrap">
        <table className="rx-figures rx-ar-table">
          <thead>
            <tr>
              <th scope="col">{t('reactions.detail.series')}</th>
              {study.windows.map((w, i) => (
                <th key={i} scope="col" title={t('reactions.ar.windowTitle', { from: offsetText(w.a), to: offsetText(w.b) })}>
                  {i === 0 && w.a === 0 && w.b === 0 ? AR0_HEAD : windowLabel(w)}
                </th>
              ))}
              <th scope="col" title={t('reactions.ar.sigmaTitle')}>σ_ε</th>
              {market && (
                <>
                  <th scope="col" title={t('reactions.ar.alphaTitle')}>α</th>
                  <th scope="col" title={t('reactions.ar.betaTitle')}>β</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map(({ r, st }) => [
              <tr key={r.line}>
                <th scope="row">
                  <span className="swatch line" style={{ background: `var(${r.meta.colorVar})` }} /> {lineName(t, r)}
                </th>
                {st.fit.ok ? (
                  <>
                    <Cars st={st} />
                    <td className="num">{level(st.fit.sigma)}<span className="unit">%</span></td>
                    {market && <td className="num">{st.fit.beta === null ? '' : signed(st.fit.alpha, 3)}</td>}
                    {market && <td className="num">{st.fit.beta === null ? '' : signed(st.fit.beta)}</td>}
                  </>
                ) : (
                  <td colSpan={cols} className="rx-status">
                    {t('reactions.ar.none', { why: fitMissText(st.fit) })}
                  </td>
                )}
              </tr>,
              st.switched && (
                <tr key={`${r.line}|m`} className="rx-adj">
                  <td colSpan={cols + 1} className="muted small">
                    {t('reactions.ar.switched', { series: lineName(t, r), why: switchText(st.switched) })}
                  </td>
                </tr>
              ),
            ])}
          </tbody>
        </table>
      </div>
    </section>
  );
}
