/** The stories' data is generated from the sandbox and must not drift from it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { fixturePath, renderFixtures } from '../scripts/story-fixtures.ts';

it('stories/generated/directory.json matches what the sandbox serves (run `tsx scripts/story-fixtures.ts`)', async () => {
  assert.equal(readFileSync(fixturePath, 'utf8'), await renderFixtures());
});
