// Points the example pages at the elements package's current version, as a real page pins the version it embeds
// (`/cdn/@hpasc/elements@<version>/…`). `npm run version-packages` runs it after a release's version bump; the
// examples' tests load the pages from the current version's path, so a page left behind fails them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')) as { version: string };
const pinned = /@hpasc\/elements@\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?/g;

for (const entry of readdirSync(join(root, 'examples'), { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = join(entry.parentPath, entry.name);
  const text = readFileSync(file, 'utf8');
  const updated = text.replace(pinned, `@hpasc/elements@${version}`);
  if (updated !== text) {
    writeFileSync(file, updated);
    console.log(`${file.slice(root.length)}: @hpasc/elements@${version}`);
  }
}
