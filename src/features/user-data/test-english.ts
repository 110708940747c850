// For tests: model messages in English words (the English catalog), to compare with the texts the UI shows.
import { translate } from '../../i18n/i18n';
import type { Msg } from '../../i18n/message';

export const en = (m: Msg | string): string => translate(m);

/** Problems (or any items with a `message`) with their message in English. */
export function english<T extends { message: Msg | string }>(items: readonly T[]): (Omit<T, 'message'> & { message: string })[] {
  return items.map((p) => ({ ...p, message: en(p.message) }));
}
