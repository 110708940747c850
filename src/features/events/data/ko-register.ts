import type { KoText } from './ko-text';

/**
 * Whether a Korean summary is written in the polite -ㅂ니다 register of the app's UI sentences: it
 * ends in "-니다." (or "-니다.)" when its last sentence is in parentheses), and no sentence ends in
 * the news -다 form ("…했다.", "…쓴다).", "…밝혔다(…)."). A -다 form inside a sentence is fine:
 * quoted speech ("…했다고 밝혔습니다") stays as quoted. A heuristic: a noun ending in 다 right
 * before a full stop or a parenthesis ("캐나다.") would be reported too.
 */
export function isPoliteSummary(summary: string): boolean {
  return /니다\.\)?$/.test(summary) && !/[^니]다(?:\)?\.(?:\s|$)|\()/.test(summary);
}

/** The entries whose summary is not in the -ㅂ니다 register, as "id: summary" lines. */
export function impoliteSummaries(texts: Record<string, KoText>): string[] {
  return Object.entries(texts)
    .filter(([, ko]) => !isPoliteSummary(ko.summary))
    .map(([id, ko]) => `${id}: ${ko.summary}`);
}
