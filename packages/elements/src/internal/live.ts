/**
 * SDK cores and live streams shared by the widgets of one page: widgets configured alike use one core (one
 * set of tracking tokens) and one Server-Sent Events stream, however many trackers the page shows.
 */
import { createCore, LiveEvents, type Core } from '@hpasc/sdk/core';
import type { Locale } from './locale.ts';

const cores = new Map<string, Core>();
const streams = new WeakMap<Core, LiveEvents>();

export function sharedCore(baseUrl: string, apiKey: string, locale: Locale): Core {
  const key = `${baseUrl}\n${apiKey}\n${locale}`;
  let core = cores.get(key);
  if (!core) cores.set(key, core = createCore({ baseUrl, apiKey, locale }));
  return core;
}

export function liveEventsOf(core: Core): LiveEvents {
  let live = streams.get(core);
  if (!live) streams.set(core, live = new LiveEvents(core));
  return live;
}
