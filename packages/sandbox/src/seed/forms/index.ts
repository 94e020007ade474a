/** Declaration forms modelled on the real tờ khai, by procedure code. */
import type { Schemas } from '@hpasc/sdk';

export const forms: ReadonlyMap<string, Schemas['FormSchema']> = new Map();
