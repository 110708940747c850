export { activateLang, currentLang, i18n, loadLang, translate } from './i18n';
export { browserLang, htmlLang, isLang, LANGS, type Lang } from './lang';
export { isMsg, msg, msgKey, type Msg, type MsgValue } from './message';
export { useT, type T } from './use-t';
export { dateText, type DateStyle } from './date-text';
export { categoryLabel, importanceLabel, seriesLabel, seriesUnit, sourceFix, sourceName, zoneLabel, actorLabel, type Labelled } from './labels';
