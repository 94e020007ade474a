/** Loads the OpenAPI contract and compiles its schemas with ajv, the way the sandbox will. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { namedFormats } from '@hpasc/sdk/validators';

export const contractPath = fileURLToPath(new URL('../../openapi/hpasc.openapi.yaml', import.meta.url));

export type JsonObject = Record<string, unknown>;

export interface Operation extends JsonObject {
  operationId?: string;
  summary?: string;
  tags?: string[];
  parameters?: JsonObject[];
  requestBody?: JsonObject;
  responses: Record<string, JsonObject>;
  security?: Record<string, string[]>[];
}

export const httpMethods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

export function loadContract(): JsonObject {
  return parse(readFileSync(contractPath, 'utf8')) as JsonObject;
}

export function operations(doc: JsonObject): { path: string; method: string; operation: Operation }[] {
  const paths = doc['paths'] as Record<string, Record<string, Operation>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    httpMethods.filter((m) => item[m]).map((method) => ({ path, method, operation: item[method] as Operation })),
  );
}

/** Resolves a local `$ref` (`#/a/b`) or returns the value itself. */
export function deref<T = JsonObject>(doc: JsonObject, value: unknown): T {
  let current = value as JsonObject;
  for (let depth = 0; current && typeof current['$ref'] === 'string'; depth++) {
    if (depth > 20) throw new Error('$ref cycle');
    const pointer = (current['$ref'] as string).replace(/^#\//, '').split('/');
    current = pointer.reduce<unknown>((node, key) => (node as JsonObject)[decodeURIComponent(key.replace(/~1/g, '/').replace(/~0/g, '~'))], doc) as JsonObject;
  }
  return current as T;
}

/** An ajv instance that knows the contract (as `hpasc`) and its named formats. */
export function createContractAjv(doc: JsonObject): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  for (const [name, check] of Object.entries(namedFormats)) ajv.addFormat(name, { type: 'string', validate: check });
  ajv.addFormat('binary', true);
  ajv.addSchema(doc, 'hpasc');
  return ajv;
}
