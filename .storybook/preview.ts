// Docs from custom-elements.json; toolbar switches for the language (the widgets follow `<html lang>`) and
// the theme (the same CSS files embedders link, from packages/elements/themes/); the a11y addon fails a
// story on any violation.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/elements/generated/custom-elements.json';
import './preview.css';

interface Declaration {
  members?: { privacy?: string }[];
  events?: { description?: string }[];
  slots?: { name: string }[];
  [key: string]: unknown;
}
interface Manifest {
  modules: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/**
 * The manifest as the docs show it: the public API only. The analyzer also lists private fields, and
 * reports the widgets' `emit(type, …)` helpers (`new CustomEvent(type)`) as an event named `type`; every
 * real event is documented with `@fires`, so it has a description. Storybook skips a slot without a name,
 * so the default slot is called `(default)`.
 */
function publicApi(cem: Manifest): Manifest {
  return {
    ...cem,
    modules: cem.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => (member.privacy ?? 'public') === 'public'),
        events: declaration.events?.filter((event) => event.description),
        slots: declaration.slots?.map((slot) => ({ ...slot, name: slot.name || '(default)' })),
      })),
    })),
  };
}

setCustomElementsManifest(publicApi(manifest as Manifest));

/** Links the theme's CSS file (the default theme has none); resolves once it applies. */
async function linkTheme(theme: string): Promise<void> {
  document.documentElement.dataset['hpascTheme'] = theme;
  const old = document.querySelectorAll('link[data-hpasc-theme]');
  if (theme !== 'default') {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `themes/${theme}.css` });
    link.dataset['hpascTheme'] = theme;
    const loaded = new Promise((resolve, reject) => { link.onload = resolve; link.onerror = reject; });
    document.head.append(link);
    await loaded;
  }
  // Removed after the new sheet applies, so the widgets never flash back to the default colours.
  old.forEach((link) => link.remove());
}

// One link per theme change, however many stories a docs page renders at once: they all wait for it.
let applied: { theme: string; ready: Promise<void> } | undefined;
const applyTheme = (theme: string) => {
  if (applied?.theme !== theme) applied = { theme, ready: linkTheme(theme) };
  return applied.ready;
};

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: { title: 'Ngôn ngữ / Language', icon: 'globe', items: [{ value: 'vi', title: 'Tiếng Việt' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    theme: {
      description: 'Theme of the widgets (packages/elements/themes/)',
      toolbar: {
        title: 'Giao diện / Theme', icon: 'paintbrush', dynamicTitle: true,
        items: [
          { value: 'default', title: 'Mặc định / Default' },
          { value: 'dark', title: 'Tối / Dark' },
          { value: 'high-contrast', title: 'Tương phản cao / High contrast' },
          { value: 'department', title: 'Sở Tư pháp (thương hiệu demo) / Department (demo brand)' },
        ],
      },
    },
  },
  initialGlobals: { lang: 'vi', theme: 'default' },
  loaders: [({ globals }) => applyTheme(String(globals['theme'] ?? 'default'))],
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals['lang'] ?? 'vi');
      return story();
    },
  ],
  parameters: { a11y: { test: 'error' }, layout: 'padded' },
};
export default preview;
