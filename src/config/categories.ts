import type { MarkerShape } from '../lib/chart/marker-shape';

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

/**
 * Each category's colour (light and dark theme) and marker shape. The colours are chosen so that
 * no two are confused with deuteranopia or protanopia (simulated with Machado et al. 2009: every
 * pair stays ≥ 24 ΔE*ab apart; categories.test.ts checks it) and each has ≥ 3:1 contrast against
 * the plot in its theme; the shape tells the categories apart without any colour at all.
 */
export const CATEGORY_INFO: Record<Category, { label: string; color: { light: string; dark: string }; shape: MarkerShape }> = {
  sanction: { label: 'Sanction', color: { light: '#1a0b80', dark: '#6f82fa' }, shape: 'square' },
  provocation: { label: 'Provocation', color: { light: '#f0385f', dark: '#e0587a' }, shape: 'triangle-up' },
  diplomacy: { label: 'Diplomacy', color: { light: '#0087d6', dark: '#98d9ff' }, shape: 'circle' },
  'monetary-policy': { label: 'Monetary policy', color: { light: '#055b1d', dark: '#6aeb7b' }, shape: 'diamond' },
  'fx-policy': { label: 'FX policy', color: { light: '#c26a10', dark: '#d27c0a' }, shape: 'triangle-down' },
  political: { label: 'Political', color: { light: '#af3681', dark: '#b45cae' }, shape: 'plus' },
  'market-shock': { label: 'Market shock', color: { light: '#292a2c', dark: '#cfe6cf' }, shape: 'star' },
};

export function isCategory(s: string): s is Category {
  return (CATEGORIES as readonly string[]).includes(s);
}
