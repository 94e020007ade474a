/**
 * @hpasc/sdk/validate — checks requests and answers against the contract's zod/mini schemas:
 * `createClient({ …, validate: validators })`. A subpath of its own, so bundles that do not ask carry no
 * schema and no zod. Runs under a strict CSP (`jitless`).
 */
import { config, safeParse, type core } from 'zod/mini';
import * as schemas from './generated/zod.ts';
import type { Validators } from './client/core.ts';
import { pointerToPath, type FieldError } from './client/errors.ts';
import { fieldMessage, type Locale } from './client/messages.ts';

type Schema = Parameters<typeof safeParse>[0];
const table = schemas as unknown as Record<string, Schema | undefined>;
const schemaOf = (operationId: string, part: 'Path' | 'Query' | 'Body' | 'Response') => table[`z${operationId[0]!.toUpperCase()}${operationId.slice(1)}${part}`];

/** zod issues as field errors: a JSON Pointer, its dotted path, a stable code, a localized message. One per field. */
export function toFieldErrors(issues: readonly core.$ZodIssue[], locale: Locale, base = ''): FieldError[] {
  const fields = issues.map((issue) => {
    const pointer = base + issue.path.map((p: PropertyKey) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    const code = issue.code === 'invalid_type' && issue.input === undefined ? 'required' : issue.code;
    const limit = 'minimum' in issue ? Number(issue.minimum) : 'maximum' in issue ? Number(issue.maximum) : undefined;
    const format = 'format' in issue ? String(issue.format) : undefined;
    return { pointer, path: pointerToPath(pointer), code, message: fieldMessage(code, locale, { ...(limit !== undefined ? { limit } : {}), ...(format ? { format } : {}) }) };
  });
  // The first check that failed speaks for the field (a named format before its pattern).
  return fields.filter((field, i) => fields.findIndex((f) => f.pointer === field.pointer) === i);
}

function createValidators(): Validators {
  // zod probes `new Function` for a faster path; strict Content Security Policies forbid it.
  config({ jitless: true });
  return {
    request(operationId, part, value, locale) {
      const schema = schemaOf(operationId, part === 'path' ? 'Path' : part === 'query' ? 'Query' : 'Body');
      if (!schema) return [];
      const result = safeParse(schema, value);
      return result.success ? [] : toFieldErrors(result.error.issues, locale);
    },
    response(operationId, value) {
      const schema = schemaOf(operationId, 'Response');
      // Documents read as HTML (`text/html`) have no JSON schema to meet.
      return !schema || typeof value === 'string' || safeParse(schema, value).success;
    },
  };
}

export const validators: Validators = createValidators();
