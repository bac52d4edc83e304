/** The words and counts of the Reader's memory bands: the legend, the fact panel, screen readers. */
import type { MemoryBand } from '../../../src-main/contract';

export const BAND_LABELS: Record<MemoryBand, string> = {
  strong: 'Strong',
  good: 'Good',
  shaky: 'Shaky',
  fading: 'Fading',
  new: 'Not studied yet',
  suspended: 'Suspended',
};

/** What each band means, for the legend's descriptions. */
export const BAND_MEANINGS: Record<MemoryBand, string> = {
  strong: 'recall 90 % or more',
  good: 'recall 70–90 %',
  shaky: 'recall 50–70 %',
  fading: 'recall under 50 %',
  new: 'no answer yet',
  suspended: 'set aside',
};

/** The legend's order: strongest first, then not studied, then suspended. */
export const LEGEND_BANDS: readonly MemoryBand[] = ['strong', 'good', 'shaky', 'fading', 'new', 'suspended'];

export function bandCounts(facts: readonly { readonly band: MemoryBand }[]): Record<MemoryBand, number> {
  const counts: Record<MemoryBand, number> = { strong: 0, good: 0, shaky: 0, fading: 0, new: 0, suspended: 0 };
  for (const fact of facts) counts[fact.band]++;
  return counts;
}
