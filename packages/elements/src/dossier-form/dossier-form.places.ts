/**
 * The communes and reception points of `<hpasc-dossier-form>` (for addresses, and where to receive the result)
 * and their SDK calls. The form asks for them once its first step is painted, not before, and loads this
 * module then, with them; if it cannot load, the form says so as for any other failure, and keeps what was typed.
 */
import type { Schemas } from '@hpasc/sdk';
import { listPoints, listUnits, type Core } from '@hpasc/sdk/core';

export async function loadPlaces(sdk: Core): Promise<{ units: Schemas['Unit'][]; points: Schemas['ReceptionPoint'][] }> {
  const [units, points] = await Promise.all([collect(listUnits(sdk, { limit: 100 })), collect(listPoints(sdk, { limit: 100 }))]);
  return { units, points };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
