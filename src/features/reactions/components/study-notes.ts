import type { KrwEvent } from '../../events/model/event-schema';

/** A published finding that helps read the numbers (from ../shared/data/studies.md; citations as given there). */
export interface Finding {
  id: string;
  text: string;
  cite: string;
  url: string;
}

export const FINDINGS: Finding[] = [
  {
    id: 'park-park-2020',
    text:
      'After North Korea’s nuclear tests the won’s depreciation against the dollar stayed statistically significant for about 50 minutes (2009), 15 minutes (2013) and 2 hours 30 minutes (2017), measured on 5-minute USD/KRW data. Reactions got shorter from the 2nd to the 5th test (habituation) and were larger and longer when tension was already high (2017). A daily fix can therefore show little of a move that had already faded.',
    cite: 'Park, C. & Park, S. (2020), “Rare disaster risk and exchange rates…”, Finance Research Letters 36, 101314 (BOK Working Paper 2018-8)',
    url: 'https://econpapers.repec.org/article/eeefinlet/v_3a36_3ay_3a2020_3ai_3ac_3as1544612319303903.htm',
  },
  {
    id: 'kim-roland-2014',
    text:
      'Across about 20 tension episodes from 2000 to 2008, a daily event study found no statistically significant effect, or only a very small one, on Korean stocks, sovereign spreads or the KRW/USD rate in nearly all cases.',
    cite: 'Kim, B.-Y. & Roland, G. (2014), “How credible is the North Korean threat?”, Economics of Transition 22(3), 433–459',
    url: 'https://docslib.org/doc/8984213/how-credible-is-the-north-korean-threat-1',
  },
  {
    id: 'dibooglu-cevik-2016',
    text:
      'A monthly index of North Korean threats Granger-causes exchange-rate returns in Korea and Japan but not their volatility; per the PIIE summary, the effect on the won fades after about two months.',
    cite: 'Dibooglu, S. & Çevik, E. I. (2016), “The effect of North Korean threats on financial markets in South Korea and Japan”, Journal of Asian Economics 43, 18–26',
    url: 'https://econpapers.repec.org/article/eeeasieco/v_3a43_3ay_3a2016_3ai_3ac_3ap_3a18-26.htm',
  },
  {
    id: 'gerlach-yook-2016',
    text:
      'After 13 North Korean attacks (1999–2010) foreign investors increased their Korean holdings: consistent with, though not proof of, short-lived won sell-offs.',
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
