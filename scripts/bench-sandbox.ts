// The bench's sandbox, in a process of its own: in memory, no rate limits; prints its address.
// `--catalog N` grows the catalog to N procedures (the search bench uses the national scale, 6,300).
import { parseArgs } from 'node:util';
import { startSandbox } from '../packages/sandbox/test/support/sandbox.ts';

const { values } = parseArgs({ options: { catalog: { type: 'string' } } });
const sandbox = await startSandbox(values.catalog ? { catalogSize: Number(values.catalog) } : {});
console.log(sandbox.base);
