import type { KrwEvent } from '../../events/model/event-schema';

/**
 * A published finding that helps read the numbers (from ../shared/data/studies.md; citations as
 * given there). Its words are the catalog's `reactions.finding.<id>`; the citation stays as published.
 */
export interface Finding {
  id: string;
  cite: string;
  url: string;
}

export const FINDINGS: Finding[] = [
  {
    id: 'park-park-2020',
    cite: 'Park, C. & Park, S. (2020), “Rare disaster risk and exchange rates…”, Finance Research Letters 36, 101314 (BOK Working Paper 2018-8)',
    url: 'https://econpapers.repec.org/article/eeefinlet/v_3a36_3ay_3a2020_3ai_3ac_3as1544612319303903.htm',
  },
  {
    id: 'kim-roland-2014',
    cite: 'Kim, B.-Y. & Roland, G. (2014), “How credible is the North Korean threat?”, Economics of Transition 22(3), 433–459',
    url: 'https://docslib.org/doc/8984213/how-credible-is-the-north-korean-threat-1',
  },
  {
    id: 'dibooglu-cevik-2016',
    cite: 'Dibooglu, S. & Çevik, E. I. (2016), “The effect of North Korean threats on financial markets in South Korea and Japan”, Journal of Asian Economics 43, 18–26',
    url: 'https://econpapers.repec.org/article/eeeasieco/v_3a43_3ay_3a2016_3ai_3ac_3ap_3a18-26.htm',
  },
  {
    id: 'gerlach-yook-2016',
    cite: 'Gerlach, J. R. & Yook, Y. (2016), “Political Conflict and Foreign Portfolio Investment: Evidence from North Korean Attacks”, Federal Reserve FEDS 2016-037',
    url: 'https://whenthefedspeaks.com/doc/feds_2016-037',
  },
];

/** The finding that helps read this event's numbers, if any: nuclear tests and other DPRK provocations. */
export function findingFor(event: Pick<KrwEvent, 'category' | 'tags' | 'title'>): Finding | null {
  if (event.category !== 'provocation') return null;
  const nuclear = event.tags?.includes('nuclear-test') || /nuclear test/i.test(event.title);
  if (nuclear) return FINDINGS[0];
  return FINDINGS[1];
}
