import { msg } from '../../../i18n/message';
import { useT } from '../../../i18n/use-t';
import { rich } from '../../../components/ui/rich-text';
import { FINDINGS } from './study-notes';

/** The definitions, in order: `reactions.help.<key>.term` and `reactions.help.<key>` (code-like tokens in `<code>`). */
const DEFS = ['t0', 'base', 'chg', 'preDrift', 'preVol', 'z', 'overlap', 'adj', 'aligned', 'ar', 'vol'] as const;
const CHOICES = ['reactions.help.choice1', 'reactions.help.choice2', 'reactions.help.choice3', 'reactions.help.choice4'] as const;

/** "How reactions are measured": SPEC's definitions in plain words, the engine's choices and what studies found. */
export function MethodologyHelp() {
  const { t } = useT();
  // Names of other panels, as they are headed on the page.
  const names = { firstFix: msg('reactions.firstFix.heading') };
  return (
    <details className="rx-help rx-card">
      <summary>
        <h3>{t('reactions.help.title')}</h3>
      </summary>
      <div className="rx-help-body">
        <p>{t('reactions.help.intro')}</p>
        <dl className="rx-defs">
          {DEFS.map((k) => [
            <dt key={`${k}.t`}>{rich(t, `reactions.help.${k}.term`)}</dt>,
            <dd key={k}>{rich(t, `reactions.help.${k}`, names)}</dd>,
          ])}
        </dl>
        <h4>{t('reactions.help.choices')}</h4>
        <ul>
          {CHOICES.map((id) => (
            <li key={id}>{t(id)}</li>
          ))}
        </ul>
        <h4>{t('reactions.help.own')}</h4>
        <p>{rich(t, 'reactions.help.ownText')}</p>
        <h4>{t('reactions.help.studies')}</h4>
        <ul className="rx-findings">
          {FINDINGS.map((f) => (
            <li key={f.id}>
              {t(`reactions.finding.${f.id}`)}{' '}
              <cite>
                <a href={f.url} target="_blank" rel="noreferrer noopener">
                  {f.cite}
                </a>
              </cite>
            </li>
          ))}
        </ul>
        <p className="muted small">{t('reactions.help.studiesNote')}</p>
      </div>
    </details>
  );
}
