export const CATEGORIES = [
  'sanction',
  'provocation',
  'diplomacy',
  'monetary-policy',
  'fx-policy',
  'political',
  'market-shock',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_INFO: Record<Category, { label: string; color: { light: string; dark: string } }> = {
  sanction: { label: 'Sanction', color: { light: '#7c3aed', dark: '#a78bfa' } },
  provocation: { label: 'Provocation', color: { light: '#dc2626', dark: '#f87171' } },
  diplomacy: { label: 'Diplomacy', color: { light: '#0e7490', dark: '#22d3ee' } },
  'monetary-policy': { label: 'Monetary policy', color: { light: '#15803d', dark: '#4ade80' } },
  'fx-policy': { label: 'FX policy', color: { light: '#b45309', dark: '#fbbf24' } },
  political: { label: 'Political', color: { light: '#be185d', dark: '#f472b6' } },
  'market-shock': { label: 'Market shock', color: { light: '#475569', dark: '#cbd5e1' } },
};

export function isCategory(s: string): s is Category {
  return (CATEGORIES as readonly string[]).includes(s);
}
