/** Shorthands over the generated contract types; nothing here declares a shape of its own. */
import type { components, operations } from '../generated/types.ts';

export type Schemas = components['schemas'];
/** The query parameters of an operation. */
export type Query<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;
