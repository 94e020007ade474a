/** Vietnamese is the source language of every string; English is a complete translation. */
export type Locale = 'vi' | 'en';

export const sourceLocale: Locale = 'vi';

/** Maps a BCP 47 tag to a supported locale: `en`, `en-GB` → `en`; anything else → Vietnamese. */
export function toLocale(tag: string): Locale {
  return tag.trim().toLowerCase().split(/[-_]/)[0] === 'en' ? 'en' : sourceLocale;
}

/**
 * The language a widget speaks: its own `lang`, else the nearest ancestor's — crossing shadow roots, so a
 * surrounding `<hpasc-provider lang>` counts — else `<html lang>`, else Vietnamese.
 */
export function resolveLocale(element: Element): Locale {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return toLocale(lang);
    node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host ?? null);
  }
  return sourceLocale;
}
