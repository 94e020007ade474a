// The bench's sandbox, in a process of its own: in memory, no rate limits; prints its address.
import { startSandbox } from '../packages/sandbox/test/support/sandbox.ts';

const sandbox = await startSandbox();
console.log(sandbox.base);
