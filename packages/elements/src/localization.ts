/**
 * Vietnamese is the source language: every UI string is written in Vietnamese inside `msg()` with a stable
 * id, and `locales/en.ts` holds the complete English translation (a test fails when the ids differ).
 * @lit/localize keeps one locale per page, so when widgets on one page ask for different languages the last
 * one wins for all of them — a documented limit.
 */
import { configureLocalization, str } from '@lit/localize';
import type { Locale } from './internal/locale.ts';
import { resolveLocale, sourceLocale } from './internal/locale.ts';

const runtime = configureLocalization({
  sourceLocale,
  targetLocales: ['en'],
  // English loads only when asked for (a chunk of its own in split builds).
  loadLocale: async () => ({ templates: (await import('./locales/en.ts')).englishTemplates(str) }),
});

/** Switches the page's widgets to the language an element resolves to (its `lang`, its provider's, `<html lang>`). */
export async function useLocaleOf(element: Element): Promise<Locale> {
  const locale = resolveLocale(element);
  if (runtime.getLocale() !== locale) await runtime.setLocale(locale);
  return locale;
}
