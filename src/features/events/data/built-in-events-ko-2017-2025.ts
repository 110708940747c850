import type { KoText } from './ko-text';

/** Korean titles and summaries of the built-in events of 2017–2025 (own words, the same facts as the English), by event id. */
export const KO_2017_2025: Record<string, KoText> = {};
