/**
 * The API core a widget talks through: the `core` it was given, else — unless it has a key of its own — its
 * provider's, else the one core shared by the page's widgets configured alike (one set of tracking tokens,
 * one live stream).
 */
import { createCore, type Core } from '@hpasc/sdk/core';
import type { HpascContextValue } from './context.ts';
import { resolveLocale, type Locale } from './locale.ts';

const cores = new Map<string, Core>();

function sharedCore(baseUrl: string, apiKey: string, locale: Locale): Core {
  const key = `${baseUrl}\n${apiKey}\n${locale}`;
  let core = cores.get(key);
  if (!core) cores.set(key, core = createCore({ baseUrl, apiKey, locale }));
  return core;
}

export function widgetCore(widget: Element & { core?: Core; apiKey: string; baseUrl: string }, provided: HpascContextValue | undefined): Core {
  return widget.core ?? (widget.apiKey ? undefined : provided?.core) ?? sharedCore(widget.baseUrl, widget.apiKey, resolveLocale(widget));
}

/** The widget's core once it is configured (a `core`, a key of its own, or a provider), else null: nothing to ask yet. */
export function configuredCore(widget: Element & { core?: Core; apiKey: string; baseUrl: string }, provided: HpascContextValue | undefined): Core | null {
  return widget.core || widget.apiKey || provided ? widgetCore(widget, provided) : null;
}
