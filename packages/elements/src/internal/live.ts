/**
 * One live stream of dossier events per SDK core, however many trackers the page shows on it.
 */
import { LiveEvents, type Core } from '@hpasc/sdk/core';

const streams = new WeakMap<Core, LiveEvents>();

export function liveEventsOf(core: Core): LiveEvents {
  let live = streams.get(core);
  if (!live) streams.set(core, live = new LiveEvents(core));
  return live;
}
