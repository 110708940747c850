import { useT } from '../../../i18n';
import { RichText } from '../../../components/ui/rich-text';

/** The terms of the help, in order; each has `study.help.<key>.term` and `study.help.<key>` (the tests: a list). */
const TERMS = ['returns', 'basket', 'models', 'estimation', 'windows', 'groups', 'tests', 'marks', 'overlaps'] as const;
const TESTS = ['t', 'bmp', 'sign', 'gsign', 'placebo', 'q'] as const;

/** "How the event study works": issue #12's methodology, exactly as built (the README has the same text). */
export function StudyHelp() {
  const { t } = useT();
  return (
    <details className="rx-help rx-card st-help">
      <summary>
        <h3>{t('study.help.title')}</h3>
      </summary>
      <div className="rx-help-body">
        <dl className="rx-defs">
          {TERMS.map((k) => [
            <dt key={`${k}-t`}>
              <RichText text={t(`study.help.${k}.term`)} />
            </dt>,
            <dd key={`${k}-d`}>
              {k === 'tests' ? (
                <ul>
                  {TESTS.map((x) => (
                    <li key={x}>
                      <RichText text={t(`study.help.tests.${x}`)} />
                    </li>
                  ))}
                </ul>
              ) : (
                <RichText text={t(`study.help.${k}`)} />
              )}
            </dd>,
          ])}
        </dl>
        <p className="small">{t('study.help.caveat')}</p>
      </div>
    </details>
  );
}
