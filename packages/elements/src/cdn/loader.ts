/**
 * The CDN loader (`hpasc-elements.js`): the one script tag a web team pastes. It defines `<hpasc-provider>`
 * at once, and each widget the first time its tag appears in the page — in the HTML, or added later by a
 * script or a CMS — so a page loads only the widgets it shows (lit and the SDK come in shared chunks).
 * Loading it twice does nothing the second time. Tags inside another component's shadow root are not seen:
 * import that widget's own entry (`hpasc-<widget>.js`) there instead.
 */
const widgets: Record<string, () => Promise<unknown>> = {
  'hpasc-sign-in': () => import('../sign-in/sign-in.ts'),
  'hpasc-dossier-form': () => import('../dossier-form/dossier-form.ts'),
  'hpasc-dossier-tracker': () => import('../dossier-tracker/dossier-tracker.ts'),
  'hpasc-my-dossiers': () => import('../my-dossiers/my-dossiers.ts'),
  'hpasc-rating': () => import('../rating/rating.ts'),
  'hpasc-rating-summary': () => import('../rating-summary/rating-summary.ts'),
  'hpasc-procedure-search': () => import('../procedure-search/procedure-search.ts'),
  'hpasc-branch-finder': () => import('../branch-finder/branch-finder.ts'),
  'hpasc-service-stats': () => import('../service-stats/service-stats.ts'),
  'hpasc-feedback-form': () => import('../feedback-form/feedback-form.ts'),
};

/**
 * Each tag's files — its entry and every chunk that entry imports — written in by the CDN build (in place of
 * the placeholder), so they are fetched together (`modulepreload`) rather than the chunks only once the entry
 * has arrived: one round trip fewer on a slow mobile network. Compact: `[files, { tag: indexes }]`, each file
 * named once relative to `chunks/` without `.js`, a tag's files as indexes into that list in base 36 (one
 * digit each, two past 36 files); a tag's own entry, `<tag>.js`, is not listed.
 */
const filesOf = JSON.parse('"__HPASC_FILES__"') as [string[], Record<string, string>] | string;

const preload = (tag: string): void => {
  if (typeof filesOf === 'string') return;
  const [names, indexes] = filesOf;
  const width = names.length > 36 ? 2 : 1;
  const list = indexes[tag] ?? '';
  const files = [`${tag}.js`];
  for (let at = 0; at < list.length; at += width) files.push(`chunks/${names[parseInt(list.slice(at, at + width), 36)]!}.js`);
  for (const file of files) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, import.meta.url).href;
    (document.head ?? document.documentElement).append(link);
  }
};

const started = Symbol.for('hpasc.elements.loader');
const page = globalThis as typeof globalThis & { [started]?: true };

if (!page[started]) {
  page[started] = true;
  // The provider first: no widget starts before it can find its configuration.
  preload('hpasc-provider');
  const provider = import('../provider/provider.ts');
  const asked = new Set<string>();
  const define = (tag: string): void => {
    if (asked.has(tag)) return;
    asked.add(tag);
    preload(tag);
    void provider.then(() => widgets[tag]!()).catch((error: unknown) => {
      asked.delete(tag);
      console.error(`<${tag}> could not be loaded`, error);
    });
  };
  const selector = Object.keys(widgets).join(',');
  const scan = (root: Element | Document): void => {
    if (root instanceof Element && root.localName in widgets) define(root.localName);
    for (const element of root.querySelectorAll(selector)) define(element.localName);
  };
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document, { childList: true, subtree: true });
  scan(document);
}

export {};
