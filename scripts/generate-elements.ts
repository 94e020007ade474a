/**
 * Codegen from the widgets' sources: custom-elements.json (Custom Elements Manifest analyzer, from each
 * class's JSDoc) and the editor data derived from it — VS Code's HTML/CSS custom data and JetBrains'
 * web-types. `--check` regenerates in memory and fails when the committed files differ.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const elements = join(root, 'packages/elements');
export const generatedDir = join(elements, 'generated');

/** The manifest as the analyzer writes it, from the package's folder (paths in it are package-relative). */
async function analyze(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'hpasc-cem-'));
  try {
    // The analyzer joins --outdir to its working directory, absolute or not.
    await promisify(execFile)(join(root, 'node_modules/.bin/cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(elements, out), '--quiet'], { cwd: elements });
    const manifest = JSON.parse(await readFile(join(out, 'custom-elements.json'), 'utf8')) as { modules: { path: string }[] };
    // The analyzer lists modules in the order its glob finds them, which varies: sort for a stable file.
    manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    return `${JSON.stringify(manifest, null, 2)}\n`;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

export async function render(): Promise<Record<string, string>> {
  const manifest = await analyze();
  const cem = JSON.parse(manifest);
  // Both editor-data libraries read ./package.json (name, version) when loaded: load them from the package.
  const cwd = process.cwd();
  process.chdir(elements);
  try {
    const vscode = await import('custom-element-vs-code-integration');
    const jetbrains = await import('custom-element-jet-brains-integration');
    const common = { hideLogs: true, exclude: ['HpascCombobox'] };
    const json = (text: string) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
    return {
      'custom-elements.json': manifest,
      'vscode.html-custom-data.json': json(vscode.getVsCodeHtmlCustomData(cem, common)),
      'vscode.css-custom-data.json': json(vscode.getVsCodeCssCustomData(cem, common)),
      'web-types.json': json(jetbrains.getWebTypesData(cem, common)),
    };
  } finally {
    process.chdir(cwd);
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const rendered = await render();
  const drift: string[] = [];
  for (const [name, text] of Object.entries(rendered)) {
    const target = join(generatedDir, name);
    const current = existsSync(target) ? await readFile(target, 'utf8') : null;
    if (current === text) continue;
    if (check) drift.push(relative(root, target));
    else {
      await mkdir(generatedDir, { recursive: true });
      await writeFile(target, text);
      console.log(`wrote ${relative(root, target)}`);
    }
  }
  const strays = existsSync(generatedDir) ? (await readdir(generatedDir)).filter((f) => !(f in rendered)) : [];
  for (const stray of strays) drift.push(`${relative(root, join(generatedDir, stray))} (not produced by the generator)`);
  if (drift.length) {
    console.error(`Generated files differ from the widgets' sources:\n  ${drift.join('\n  ')}\nRun \`npm run generate\` and commit the result.`);
    process.exitCode = 1;
  } else if (check) {
    console.log('Custom elements manifest and editor data match the sources.');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
