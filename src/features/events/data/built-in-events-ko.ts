import type { KoText } from './ko-text';
import { KO_2006_2016 } from './built-in-events-ko-2006-2016';
import { KO_2017_2025 } from './built-in-events-ko-2017-2025';

/**
 * The built-in events' Korean titles and summaries by event id: a chunk of its own, loaded only
 * when the UI is Korean or the text filter holds Hangul (never before an English first paint).
 */
export const BUILT_IN_KO: Readonly<Record<string, KoText>> = { ...KO_2006_2016, ...KO_2017_2025 };
