import { FINDINGS } from './study-notes';

/** "How reactions are measured": SPEC's definitions in plain words, the engine's choices and what studies found. */
export function MethodologyHelp() {
  return (
    <details className="rx-help rx-card">
      <summary>
        <h3>How reactions are measured</h3>
      </summary>
      <div className="rx-help-body">
        <p>
          Every figure comes from observations as the source gave them; a day (or a bar) without one is a gap, never
          filled in. Each observation is placed at its instant: the source&apos;s fix for a daily series, 12:00 New York
          for the Federal Reserve H.10 rates, 14:15 Frankfurt for the ECB reference rates (daylight-saving time applied
          on the day), the fix time you stated for an imported daily series; its own timestamp for an imported intraday
          series. Each shown series is measured on its own observations. A rise in any pair means the won weakened.
        </p>
        <dl className="rx-defs">
          <dt>T0</dt>
          <dd>
            The first observation to see the news. For an event with a time: the first observation whose instant is at
            or after the announcement, to the minute (on an intraday series a 10:30 Seoul announcement meets the 10:30
            bar, or the next one when that bar is missing). For a date-only event: on a daily series the first
            observation dated on or after the event&apos;s date; on an intraday series the first bar from 00:00 of
            that date in the event&apos;s zone. Example: a 10:30 Seoul announcement is 20:30 or 21:30 the evening
            before in New York, after that day&apos;s noon fix, so T0 is the next H.10 fix, some 15 hours later (the
            ECB fix of the same day comes about 12 hours later). &ldquo;Which fix saw it first&rdquo; lists every shown
            series&apos; T0 in order.
          </dd>
          <dt>T−1 (base_date)</dt>
          <dd>The observation just before T0: the last rate that had not seen the news.</dd>
          <dt>chg_0, chg_5, chg_20</dt>
          <dd>
            (P[T0+k] / P[T−1] − 1) × 100: the move in % from T−1 to T0 and to the 5th and 20th observation after T0
            (of that series: trading days, or bars of an intraday series). Empty when the series ends first.
          </dd>
          <dt>pre_drift</dt>
          <dd>(P[T−1] / P[T−6] − 1) × 100: where the rate was already heading in the five observations before.</dd>
          <dt>pre_vol</dt>
          <dd>
            The sample standard deviation (n − 1) of the 60 log returns of the series ending at T−1 (days, or bars of
            an intraday series), in % (100 × ln): a normal day&apos;s (bar&apos;s) move in that period. Empty with
            fewer than 60 returns.
          </dd>
          <dt>z_0</dt>
          <dd>
            100 × ln(P[T0] / P[T−1]) / pre_vol: the T0 move in units of a normal day. Read |z| below 1 as ordinary, 1–2
            noticeable, 2–3 unusual and 3 or more rare, relative to the previous 60 trading days. It is not a test of
            cause: it says how large the move was, not that the event made it.
          </dd>
          <dt>overlap</dt>
          <dd>
            Another event&apos;s T0 lies within five observations of this one&apos;s ([T0−5, T0+5] in the same series), so
            the windows share market days and the move cannot be put on one event alone.
          </dd>
          <dt>Market-adjusted (USD/KRW only)</dt>
          <dd>
            adj_k = chg_k(USD/KRW) − mean(chg_k(USD/JPY), chg_k(USD/CNY)): the won&apos;s move net of the dollar&apos;s
            move against a regional basket of yen and yuan, i.e. what is left when the dollar itself moved. USD/JPY and
            USD/CNY come from the same source on the same dates (USDKRW / JPYKRW × 100 and USDKRW / CNYKRW; for H.10
            exactly the JPUS and CHUS figures). A basket rate missing on one of those dates leaves adj_k empty. The
            crosses get no adjusted figure: JPY/KRW and CNY/KRW already price the won against basket members.
          </dd>
          <dt>Aligned windows</dt>
          <dd>
            Each event&apos;s path on trading days relative to T0 (the URL&apos;s <code>win</code>, default −10 … +20),
            rebased to 0 % at T−1; the mean of the events that have a value on that day, and its 95 % confidence band
            mean ± t(0.975, n−1) × s / √n. Student t rather than 1.96 because event sets are small (with 3 events 1.96
            would make the band 2.2 times too narrow).
          </dd>
          <dt>Abnormal returns (AR₀, CAR)</dt>
          <dd>
            The event study&apos;s figures per event and line, under the link&apos;s <code>model</code>: AR₀ is the
            abnormal log return at T0, CAR(a,b) their sum over T0+a … T0+b, with the model fitted over observations
            T0−250 … T0−11 (at least 120 usable returns). The market model (against the regional basket) applies to
            USD/KRW and USD-based daily imported series; the crosses use the mean model, and the detail says so. The
            panel &quot;Did it move the won?&quot; below tests them across groups of events; its help gives every
            formula.
          </dd>
          <dt>Realised volatility</dt>
          <dd>
            The pane under the chart: √252 × the sample standard deviation of the last <code>vol</code> daily log
            returns (default 20) × 100, in % a year. <code>vol=0</code> hides it.
          </dd>
        </dl>
        <h4>Choices made</h4>
        <ul>
          <li>
            Trading days are the series&apos; own observations: weekends and holidays do not count, and the return across
            a gap is one return.
          </li>
          <li>
            The overlap window is counted in observations of the same series; events with no T0 there (after the last or
            before the first observation) neither get the flag nor give it.
          </li>
          <li>
            No T0, no figures: an event after the last observation, before the first, or on the very first one (no
            T−1) gets an empty row that says why.
          </li>
          <li>
            A daily fix sees an intraday shock late or not at all: by the next fix the move may have faded, or been
            mixed with everything else that day.
          </li>
        </ul>
        <h4>What this app&apos;s own figures show</h4>
        <p>
          Computed by this app from the bundled H.10 USD/KRW series (to 2024-11-29), chg_0 at T0, as of the event list of
          December 2026. The largest surprise (|z|) is a North Korean attack, not a macro shock: the Yeonpyeong shelling
          (+3.20 %, z 5.23). The largest move is the October 2008 Fed swap line (−12.38 %, a stronger won, z −4.80); then
          the first nuclear test (+1.09 %, z 4.03) and the Cheonan findings (+2.54 %, z 3.40). Lehman (+1.03 %, z 1.00)
          and the March 2020 steps (the emergency cut +1.12 %, z 2.01; the Fed swap line +0.46 %, z 0.77) moved the
          daily fix less. Sort the scorecard by z to see the figures of the source shown. A daily figure measures size,
          not cause: other news of the same day is in it too.
        </p>
        <h4>What published studies found</h4>
        <ul className="rx-findings">
          {FINDINGS.map((f) => (
            <li key={f.id}>
              {f.text}{' '}
              <cite>
                <a href={f.url} target="_blank" rel="noreferrer noopener">
                  {f.cite}
                </a>
              </cite>
            </li>
          ))}
        </ul>
        <p className="muted small">
          These are the studies&apos; own results, from their abstracts and working papers; the app did not reproduce
          them, and its daily figures are not estimates of the same thing.
        </p>
      </div>
    </details>
  );
}
