/**
 * The contract has no geocoding: a typed address is matched to the commune or ward (phường, xã) it names,
 * compared folded (without diacritics, "hoan kiem" = "Hoàn Kiếm").
 */
import { foldForSearch } from '@hpasc/sdk/validators';
import type { Schemas } from '@hpasc/sdk';

type Unit = Schemas['Unit'];

const words = (text: string): string => ` ${foldForSearch(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;
const kindWord: Record<Unit['kind'], string> = { ward: 'phuong', commune: 'xa' };

/**
 * The unit the address names, or null. A name written with its kind ("phường Hoàn Kiếm") beats a bare one,
 * and a longer name beats a shorter one it contains.
 */
export function unitInAddress(address: string, units: readonly Unit[]): Unit | null {
  const text = words(address);
  let best: { unit: Unit; score: number } | null = null;
  for (const unit of units) {
    const bare = words(unit.name.replace(/^\s*(phường|xã)\s+/i, '')).trim();
    if (!bare || !text.includes(` ${bare} `)) continue;
    const score = bare.length + (text.includes(` ${kindWord[unit.kind]} ${bare} `) ? 1000 : 0);
    if (!best || score > best.score) best = { unit, score };
  }
  return best?.unit ?? null;
}
