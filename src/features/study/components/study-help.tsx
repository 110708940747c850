/** "How the event study works": issue #12's methodology, exactly as built (the README has the same text). */
export function StudyHelp() {
  return (
    <details className="rx-help rx-card st-help">
      <summary>
        <h4>How the event study works</h4>
      </summary>
      <div className="rx-help-body">
        <dl className="rx-defs">
          <dt>Returns</dt>
          <dd>
            r<sub>t</sub> = 100 × ln(P<sub>t</sub> / P<sub>t−1</sub>) between consecutive observations of the series, in %;
            a gap (a weekend, a holiday) is one return, and nothing is filled in. The event-day return is r at T0 (chg_0
            in log form); T0 is the reactions&apos; T0 (the first observation to see the news).
          </dd>
          <dt>Regional basket (the &ldquo;market&rdquo;)</dt>
          <dd>
            For each source, m<sub>t</sub> = the equal-weight mean of the log returns of USD/JPY, USD/CNY, USD/SGD, USD/THB,
            USD/MYR and USD/INR between the same two dates as r<sub>t</sub>, over the members observed on both dates
            (dates matched exactly); m<sub>t</sub> is missing when fewer than 3 are. It is loaded after the first paint.
          </dd>
          <dt>Models (URL <code>model</code>)</dt>
          <dd>
            <code>market</code> (USD/KRW, and an imported <i>daily</i> series whose name or unit says USD, e.g.
            &ldquo;KRW per USD&rdquo;; every other line — JPY/KRW, CNY/KRW, EUR/KRW, other imports, any intraday import,
            as the basket is daily — gets <code>mean</code>, and so does every line while the basket is not in; the panel
            says so, and the event detail and scorecard use the same rule): AR<sub>t</sub> = r<sub>t</sub> − (α + β·m
            <sub>t</sub>), α and β by OLS over the estimation window. <code>mean</code>: AR<sub>t</sub> = r<sub>t</sub> −
            mean(r) over the estimation window. <code>raw</code>: AR<sub>t</sub> = r<sub>t</sub>.
          </dd>
          <dt>Estimation window</dt>
          <dd>
            The returns at observations T0−250 … T0−11 of the series (for <code>market</code>, those with a basket return
            too). An event with fewer than 120 of them is left out of the tests, with the reason shown. σ<sub>ε</sub> = the
            residual standard deviation (n−2 for <code>market</code>, n−1 for <code>mean</code>; for <code>raw</code> the
            standard deviation of r there).
          </dd>
          <dt>Event windows</dt>
          <dd>
            CAR(a,b) = Σ AR over T0+a … T0+b, in observations of the series: (0,0), (0,1), (0,5), (0,20), the pre-event
            (−5,−1), and one of yours (URL <code>car=a,b</code>, −10 ≤ a ≤ b ≤ 60). An event whose window runs past the
            series or holds a missing return has no CAR there, and the table says how many.
          </dd>
          <dt>Groups</dt>
          <dd>
            From the events in view — the chart&apos;s range and the filters, as the scorecard counts them — by category,
            all of them, or the events you tick; an event counts once per group.
          </dd>
          <dt>Tests (N events of a group, each two-sided)</dt>
          <dd>
            <ul>
              <li>
                <b>t</b>: mean CAR / (s / √N), s the sample standard deviation (n−1); Student t with N−1 df. The 95 %
                interval is mean ± t<sub>0.975, N−1</sub> · s / √N.
              </li>
              <li>
                <b>BMP</b> (standardised, Boehmer, Musumeci &amp; Poulsen 1991, <i>J. Financial Economics</i> 30, 253–272):
                SCAR<sub>i</sub> = CAR<sub>i</sub> / (σ<sub>ε,i</sub> · √L), L = b−a+1; the t above over the SCARs.
              </li>
              <li>
                <b>Sign</b>: the number of positive CARs against Binomial(N′, ½), exact; N′ leaves out CARs of exactly 0.
              </li>
              <li>
                <b>Generalised sign</b> (Cowan 1992, <i>Review of Quantitative Finance and Accounting</i> 2, 343–358): p̂ =
                the mean over the events of the share of positive ARs in each one&apos;s estimation window; w = the number of
                positive CARs; Z = (w − N·p̂) / √(N·p̂·(1−p̂)), standard normal. It allows for returns that are not
                symmetric, where the sign test assumes P(AR &gt; 0) = ½.
              </li>
              <li>
                <b>Placebo</b>: 2,000 seeded random sets of N non-event days — observations with no event&apos;s T0 within
                ±5 observations, each with a model of its own and a CAR for every window shown (so a long extra window
                leaves out the days too near the series&apos; end and changes the candidates); each event is replaced
                by a non-event day of the same calendar year, all distinct in a set. p = the share of sets whose mean CAR is at least as far from 0 as the
                events&apos;. It assumes no distribution.
              </li>
              <li>
                <b>q</b> (Benjamini &amp; Hochberg 1995): the t-test&apos;s p&apos;s over all groups × windows shown, sorted,
                q<sub>(i)</sub> = min<sub>j≥i</sub> min(1, m·p<sub>(j)</sub>/j), m = the rows that have a p (a row without a
                t-test — fewer than 2 CARs — is not counted), so that scanning every category does not find
                &ldquo;significance&rdquo; by chance.
              </li>
            </ul>
          </dd>
          <dt>Marks</dt>
          <dd>
            In the chart and the table a result is marked strongly when q &lt; 0.05 and lightly when only p &lt; 0.05 (p and
            q of the t-test). The other tests are in the table: read a result as firm when they agree.
          </dd>
          <dt>Overlaps (URL <code>excl=overlap</code>)</dt>
          <dd>
            An event whose window [T0−5, T0+5] holds another event&apos;s T0 (same series) is flagged overlap. The panel
            computes the study both with and without them, leaves them out when asked, says how many, and says whether the
            answer (direction, p &lt; 0.05) changes.
          </dd>
        </dl>
        <p className="small">
          A significant mean abnormal return says that the won moved more than usual around these dates, not that the
          events moved it: other news of the same days is in it too, and with fewer than 10 events one event can make the
          result. The study runs in a background worker; the figures update a moment after the view changes.
        </p>
      </div>
    </details>
  );
}
