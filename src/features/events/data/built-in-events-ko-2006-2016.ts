import type { KoText } from './ko-text';

/** Korean titles and summaries of the built-in events of 2006–2016 (own words, the same facts as the English), by event id. */
export const KO_2006_2016: Record<string, KoText> = {};
