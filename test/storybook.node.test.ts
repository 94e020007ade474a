/**
 * The static Storybook, built as CI builds it (into a temporary folder), served, and opened in Debian's
 * Chromium: every widget has a docs page listing its API from custom-elements.json, every state is a story,
 * and every story renders and passes axe-core with zero violations — all of them in the default theme, and
 * all of them again in the dark and high-contrast themes (colour contrast differs there). The "Live" stories
 * talk to a sandbox started here (the build is told its address). The themes' tokens meet WCAG 2.2 AA and
 * give way to forced colours.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { branchFinderStates } from '../packages/elements/src/branch-finder/branch-finder.states.ts';
import { dossierFormStates, type DossierFormDirectory } from '../packages/elements/src/dossier-form/dossier-form.states.ts';
import { dossierTrackerStates } from '../packages/elements/src/dossier-tracker/dossier-tracker.states.ts';
import { feedbackFormStates } from '../packages/elements/src/feedback-form/feedback-form.states.ts';
import { myDossiersStates } from '../packages/elements/src/my-dossiers/my-dossiers.states.ts';
import { procedureSearchStates, type ProcedureSearchDirectory } from '../packages/elements/src/procedure-search/procedure-search.states.ts';
import { ratingStates } from '../packages/elements/src/rating/rating.states.ts';
import { ratingSummaryStates } from '../packages/elements/src/rating-summary/rating-summary.states.ts';
import { serviceStatsStates } from '../packages/elements/src/service-stats/service-stats.states.ts';
import { signInStates } from '../packages/elements/src/sign-in/sign-in.states.ts';
import directory from '../stories/generated/directory.json' with { type: 'json' };

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'hpasc-storybook-'));
const themes = ['default', 'dark', 'high-contrast', 'department'] as const;

interface IndexEntry { id: string; type: 'story' | 'docs'; title: string; name: string; tags: string[] }
interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  members?: { name: string; kind: string; privacy?: string }[];
  events?: { name: string; description?: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/generated/custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const widgets = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d): d is Declaration & { tagName: string } => Boolean(d.tagName));

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const path = normalize(join(out, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  if (!file.startsWith(out) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});

// The sandbox for the "Live" stories (and its example pages on the next port), in memory.
const port = 9700 + Math.floor(Math.random() * 400) * 2;
const api = `http://127.0.0.1:${port}`;
let sandbox: ChildProcess | undefined;
let browser: Browser;
let site: string;
let entries: IndexEntry[];
const stories = () => entries.filter((e) => e.type === 'story');

before(async () => {
  sandbox = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(root, 'packages/sandbox/src/main.ts'), '--memory', '--port', String(port), '--step-ms', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the sandbox did not start')), 30_000);
    sandbox!.stdout!.on('data', (chunk) => { if (String(chunk).includes('sandbox ready')) { clearTimeout(timer); resolve(); } });
  });
  // The build bakes the sandbox's address into the "Live" stories; it runs while the sandbox starts.
  const build = spawn(join(root, 'node_modules/.bin/storybook'), ['build', '-o', out, '--disable-telemetry', '--quiet'], {
    cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', HPASC_SANDBOX_URL: api },
  });
  let stderr = '';
  build.stderr!.on('data', (chunk) => { stderr += String(chunk); });
  const [status] = await Promise.all([new Promise<number | null>((resolve) => build.on('close', resolve)), ready]);
  assert.equal(status, 0, stderr.slice(-2000));
  entries = Object.values((JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> }).entries);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
after(async () => {
  await browser?.close();
  sandbox?.kill();
  server.close();
  rmSync(out, { recursive: true, force: true });
});

/**
 * A page with the helper that tsx's esbuild (keepNames) wraps named functions in: the functions this test
 * sends to the page carry calls to it.
 */
async function newPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return page;
}

/** The tag a stories file documents, from its title ("Widgets/Rating (hpasc-rating)"). */
const tagOf = (entry: { title: string }) => /\((hpasc-[a-z-]+)\)$/.exec(entry.title)?.[1];

/**
 * Opens Storybook's preview once, in a theme; stories are then switched over its channel, as Storybook's own
 * test runner does, which is much faster than loading the page for each. The a11y addon's own automatic scan
 * is switched off (`a11y.manual`): this test runs axe itself.
 */
async function openPreview(theme: string): Promise<Page> {
  const page = await newPage();
  // No story in the address: each is then chosen over the channel, the first one too.
  await page.goto(`${site}/iframe.html`);
  await page.waitForFunction(() => '__STORYBOOK_PREVIEW__' in window);
  await page.evaluate(async (globals) => {
    interface Preview { ready(): Promise<void>; channel: { emit(event: string, arg: unknown): void } }
    const preview = (window as unknown as { __STORYBOOK_PREVIEW__: Preview }).__STORYBOOK_PREVIEW__;
    await preview.ready();
    preview.channel.emit('updateGlobals', { globals });
  }, { theme, a11y: { manual: true } });
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  return page;
}

/** Renders a story (or a docs page); resolves with an error message when Storybook reports one. */
function show(page: Page, storyId: string, viewMode: 'story' | 'docs' = 'story'): Promise<string | null> {
  return page.evaluate(({ id, viewMode }) => new Promise<string | null>((resolve) => {
    interface Channel { on(event: string, fn: (arg: unknown) => void): void; off(event: string, fn: (arg: unknown) => void): void; emit(event: string, arg: unknown): void }
    const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
    const rendered = viewMode === 'story' ? 'storyRendered' : 'docsRendered';
    const outcomes: Record<string, string | null> = { [rendered]: null, storyErrored: 'errored', storyThrewException: 'threw', storyMissing: 'missing' };
    const finish = (failure: string | null) => {
      clearTimeout(timer);
      listeners.forEach(([e, l]) => channel.off(e, l));
      resolve(failure);
    };
    const timer = setTimeout(() => finish('not rendered within 20 s'), 20_000);
    const listeners = Object.entries(outcomes).map(([event, failure]) => {
      const listener = (arg: unknown) => {
        // Another story's late event (the previous one) is not ours.
        if (event === rendered && arg !== id) return;
        finish(failure && `${failure}: ${JSON.stringify(arg)}`);
      };
      channel.on(event, listener);
      return [event, listener] as const;
    });
    channel.emit('setCurrentStory', { storyId: id, viewMode });
  }), { id: storyId, viewMode });
}

/** Waits until every Lit element in the story (through shadow roots) has finished updating; names the widgets that rendered nothing. */
function settle(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const walk = (node: ParentNode): Element[] => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? walk(el.shadowRoot) : [])]);
    type Lit = Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean };
    const story = document.getElementById('storybook-root')!;
    for (let round = 0; round < 20; round++) {
      await Promise.all(walk(story).map((el) => (el as Lit).updateComplete));
      // Some widgets render the rest of a long list after the first paint.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      if (!walk(story).some((el) => (el as Lit).isUpdatePending)) break;
    }
    return walk(story)
      // The provider draws nothing; the combobox renders into its container's shadow root, not one of its own.
      .filter((el) => el.localName.startsWith('hpasc-') && el.localName !== 'hpasc-provider' && !(el.shadowRoot ?? el).childElementCount)
      .map((el) => el.localName);
  });
}

/** Waits until no request to the sandbox has been open for a moment (the "Live" stories load their data). */
async function sandboxQuiet(page: Page): Promise<void> {
  let open = 0;
  let last = Date.now();
  const mine = (url: string) => url.startsWith(api);
  const start = (r: { url(): string }) => { if (mine(r.url())) open++, last = Date.now(); };
  const end = (r: { url(): string }) => { if (mine(r.url())) open--, last = Date.now(); };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (open > 0 || Date.now() - last < 500)) await page.waitForTimeout(100);
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}

interface Violation { rule: string; impact: string | null; help: string; targets: string[] }

/** axe-core over the story's root, in open shadow roots too. `region` is off, as in Storybook's a11y addon: a story is a fragment, not a page with landmarks. */
function axe(page: Page): Promise<Violation[]> {
  return page.evaluate(async () => {
    interface AxeResult { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }
    const { axe } = window as unknown as { axe: { run(context: string, options: object): Promise<AxeResult> } };
    const result = await axe.run('#storybook-root', { rules: { region: { enabled: false } } });
    return result.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/** Renders each story, settles it, runs axe; returns one line per problem. */
async function check(page: Page, ids: string[], theme: string): Promise<string[]> {
  const problems: string[] = [];
  for (const id of ids) {
    const live = entries.find((e) => e.id === id)!.tags.includes('live');
    const quiet = live ? sandboxQuiet(page) : Promise.resolve();
    const failure = await show(page, id);
    if (failure) { problems.push(`${id} [${theme}]: ${failure}`); continue; }
    await quiet;
    const empty = await settle(page);
    if (empty.length) problems.push(`${id} [${theme}]: rendered nothing: ${empty.join(', ')}`);
    for (const v of await axe(page)) problems.push(`${id} [${theme}]: ${v.rule} (${v.impact}) ${v.help} — ${v.targets.join(' | ')}`);
  }
  return problems;
}

describe('the static Storybook', () => {
  it('has a docs page for every element of custom-elements.json, and a story for every state', async () => {
    const docs = entries.filter((e) => e.type === 'docs').map(tagOf);
    assert.deepEqual(docs.sort(), widgets.map((w) => w.tagName).sort());

    // The stories' names as they run (the index only has names it can read without running the files).
    const page = await openPreview('default');
    const named = await page.evaluate(async () => {
      const preview = (window as unknown as { __STORYBOOK_PREVIEW__: { extract(): Promise<Record<string, { title: string; name: string }>> } }).__STORYBOOK_PREVIEW__;
      return Object.values(await preview.extract()).map(({ title, name }) => ({ title, name }));
    });
    await page.close();
    const states: Record<string, string[]> = {
      'hpasc-branch-finder': Object.keys(branchFinderStates),
      'hpasc-dossier-form': Object.keys(dossierFormStates(directory as unknown as DossierFormDirectory)),
      'hpasc-dossier-tracker': Object.keys(dossierTrackerStates),
      'hpasc-feedback-form': Object.keys(feedbackFormStates),
      'hpasc-my-dossiers': Object.keys(myDossiersStates),
      'hpasc-procedure-search': Object.keys(procedureSearchStates(directory as unknown as ProcedureSearchDirectory)),
      'hpasc-rating': Object.keys(ratingStates),
      'hpasc-rating-summary': Object.keys(ratingSummaryStates),
      'hpasc-service-stats': Object.keys(serviceStatsStates),
      'hpasc-sign-in': Object.keys(signInStates),
    };
    for (const [tag, names] of Object.entries(states)) {
      const shown = new Set(named.filter((s) => s.title.endsWith(`(${tag})`)).map((s) => s.name));
      // The form's steps depend on the procedure's schema, so they share one story.
      const missing = names.filter((name) => !shown.has(name) && !(name.startsWith('Step: ') && shown.has('Procedure steps (all)')));
      assert.deepEqual(missing, [], `${tag}: states without a story`);
    }
  });

  it("lists each element's attributes, properties, events, slots, parts and CSS custom properties on its docs page", async () => {
    const page = await openPreview('default');
    try {
      for (const widget of widgets) {
        const docs = entries.find((e) => e.type === 'docs' && tagOf(e) === widget.tagName)!;
        assert.equal(await show(page, docs.id, 'docs'), null);
        // The page's title names the tag, so the table below is this page's, not the last one's.
        await page.locator('h1', { hasText: widget.tagName }).waitFor({ timeout: 30_000 });
        const table = page.locator('.docblock-argstable').first();
        await table.waitFor({ timeout: 30_000 });
        // Each row's name is the first cell of a body row.
        const rows = new Set((await table.locator('tbody tr td:first-child').allInnerTexts()).map((t) => t.trim()));
        const api = [
          ...(widget.attributes ?? []).map((a) => a.name),
          ...(widget.members ?? []).filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public').map((m) => m.name)
            // A property that reflects an attribute of the same name shares its row.
            .filter((name) => !widget.attributes?.some((a) => a.name === name)),
          ...(widget.events ?? []).filter((e) => e.description).map((e) => e.name),
          ...(widget.slots ?? []).map((s) => s.name || '(default)'),
          ...(widget.cssParts ?? []).map((p) => p.name),
          ...(widget.cssProperties ?? []).map((p) => p.name),
        ];
        assert.ok(api.length > 0, widget.tagName);
        assert.deepEqual(api.filter((name) => !rows.has(name)), [], `${widget.tagName}: missing from its docs page`);
        // The private fields the analyzer also lists are not API.
        const hidden = (widget.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name).filter((name) => rows.has(name) && !api.includes(name));
        assert.deepEqual(hidden, [], `${widget.tagName}: private members on its docs page`);
      }
    } finally {
      await page.close();
    }
  });

  it('renders every story, each with zero axe violations, in the default, dark and high-contrast themes', { timeout: 240_000 }, async () => {
    const ids = stories().map((s) => s.id);
    assert.ok(ids.length >= 140, `every state is a story (${ids.length})`);
    // One page per theme, side by side: most of the time goes into rendering and axe, inside the browser.
    const problems = await Promise.all(['default', 'dark', 'high-contrast'].map(async (theme) => {
      const page = await openPreview(theme);
      try {
        const found = await check(page, ids, theme);
        assert.equal(await page.evaluate(() => document.documentElement.dataset['hpascTheme']), theme);
        // axe reaches into open shadow roots: a known violation put inside one, beside the last story, is found.
        await page.evaluate(() => {
          const host = document.getElementById('storybook-root')!.appendChild(document.createElement('div'));
          host.attachShadow({ mode: 'open' }).innerHTML = '<img src="data:,">';
        });
        assert.ok((await axe(page)).some((v) => v.rule === 'image-alt'), 'axe sees inside shadow roots');
        return found;
      } finally {
        await page.close();
      }
    }));
    assert.deepEqual(problems.flat(), []);
  });
});

describe('the themes (packages/elements/themes/)', () => {
  const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  /** WCAG relative-luminance contrast of two `#rrggbb` colours. */
  function contrast(a: string, b: string): number {
    const luminance = (c: string) => {
      const [r, g, bl] = channels(c).map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
    };
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  }

  it('style every public widget, and only those', () => {
    const expected = widgets.map((w) => w.tagName).filter((tag) => tag !== 'hpasc-provider').sort();
    for (const theme of themes.filter((t) => t !== 'default')) {
      const css = readFileSync(join(root, `packages/elements/themes/${theme}.css`), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      const selectors = css.slice(0, css.indexOf('{')).split(',').map((s) => s.trim()).sort();
      assert.deepEqual(selectors, expected, theme);
    }
  });

  it('meet WCAG 2.2 AA contrast as the widgets compute them, and change the default look', async () => {
    const story = 'widgets-rating-hpasc-rating--chosen-with-criteria';
    const seen: Record<string, string> = {};
    for (const theme of themes) {
      const page = await openPreview(theme);
      try {
        assert.equal(await show(page, story), null);
        await settle(page);
        const token = await page.evaluate(() => {
          const style = getComputedStyle(document.querySelector('hpasc-rating')!);
          const names = ['text', 'text-muted', 'surface', 'surface-raised', 'border', 'primary', 'primary-text', 'focus', 'error', 'success'];
          return Object.fromEntries(names.map((n) => [n, style.getPropertyValue(`--hpasc-color-${n}`).trim()]));
        });
        for (const [name, value] of Object.entries(token)) assert.match(value, /^#[0-9a-f]{6}$/i, `${theme}: --hpasc-color-${name}`);
        for (const surface of ['surface', 'surface-raised']) {
          for (const text of ['text', 'text-muted', 'primary', 'error', 'success']) {
            assert.ok(contrast(token[text]!, token[surface]!) >= 4.5, `${theme}: ${text} on ${surface}`);
          }
          for (const ui of ['border', 'focus']) assert.ok(contrast(token[ui]!, token[surface]!) >= 3, `${theme}: ${ui} on ${surface}`);
        }
        assert.ok(contrast(token['primary-text']!, token['primary']!) >= 4.5, `${theme}: text on primary`);
        seen[theme] = JSON.stringify(token);
        // The canvas around the widget matches its surface, as on a host page using the theme.
        if (theme === 'dark' || theme === 'high-contrast') {
          assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), `rgb(${channels(token['surface']!).join(', ')})`, theme);
        }
      } finally {
        await page.close();
      }
    }
    assert.equal(new Set(Object.values(seen)).size, themes.length, 'each theme changes the tokens');
  });

  it('give way to forced colours (Windows high contrast): the widgets look the same in every theme', async () => {
    const story = 'widgets-rating-hpasc-rating--chosen-with-criteria';
    const looks: Record<string, string> = {};
    for (const theme of themes) {
      const page = await openPreview(theme);
      try {
        await page.emulateMedia({ forcedColors: 'active' });
        assert.equal(await show(page, story), null);
        await settle(page);
        looks[theme] = await page.evaluate(() => {
          const shadow = document.querySelector('hpasc-rating')!.shadowRoot!;
          return JSON.stringify(['button', 'label.level', 'textarea', 'h2'].map((selector) => {
            const style = getComputedStyle(shadow.querySelector(selector)!);
            return [selector, style.color, style.backgroundColor, style.borderTopColor];
          }));
        });
      } finally {
        await page.close();
      }
    }
    for (const theme of themes) assert.equal(looks[theme], looks['default'], theme);
  });
});
