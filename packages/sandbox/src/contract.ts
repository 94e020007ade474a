/**
 * The contract at runtime: loads `openapi/hpasc.openapi.yaml`, lists its operations and compiles ajv
 * validators for each operation's parameters, bodies and responses. The same named formats as the browser
 * (from @hpasc/sdk/validators) are registered, so both sides judge input alike.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { namedFormats } from '@hpasc/sdk/validators';

export const contractPath = fileURLToPath(new URL('../../../openapi/hpasc.openapi.yaml', import.meta.url));

export type JsonObject = Record<string, unknown>;
export const httpMethods = ['get', 'put', 'post', 'delete', 'patch'] as const;
export type HttpMethod = (typeof httpMethods)[number];

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
  example?: unknown;
}

export interface OperationSpec {
  operationId: string;
  method: HttpMethod;
  path: string;
  raw: JsonObject;
  parameters: Parameter[];
  /** Content type → schema of the request body. */
  requestBodies: Record<string, JsonObject>;
  requestBodyRequired: boolean;
  /** Status → content type → schema (`null` when the content has no schema). */
  responses: Record<string, Record<string, JsonObject | null>>;
  security: Record<string, string[]>[];
}

export function loadContract(path = contractPath): JsonObject {
  return parse(readFileSync(path, 'utf8')) as JsonObject;
}

/** Resolves a local `$ref` (`#/a/b`), or returns the value itself. */
export function deref<T = JsonObject>(doc: JsonObject, value: unknown): T {
  let current = value as JsonObject;
  for (let depth = 0; current && typeof current['$ref'] === 'string'; depth++) {
    if (depth > 20) throw new Error('$ref cycle');
    const pointer = (current['$ref'] as string).replace(/^#\//, '').split('/');
    current = pointer.reduce<unknown>(
      (node, key) => (node as JsonObject)[decodeURIComponent(key.replace(/~1/g, '/').replace(/~0/g, '~'))],
      doc,
    ) as JsonObject;
  }
  return current as T;
}

export function listOperations(doc: JsonObject): OperationSpec[] {
  const paths = doc['paths'] as Record<string, Record<string, JsonObject>>;
  const globalSecurity = (doc['security'] as Record<string, string[]>[]) ?? [];
  return Object.entries(paths).flatMap(([path, item]) =>
    httpMethods
      .filter((method) => item[method])
      .map((method): OperationSpec => {
        const raw = item[method]!;
        const body = raw['requestBody'] ? deref(doc, raw['requestBody']) : undefined;
        const content = (body?.['content'] as Record<string, JsonObject>) ?? {};
        const responses = Object.fromEntries(
          Object.entries((raw['responses'] as JsonObject) ?? {}).map(([status, ref]) => {
            const response = deref(doc, ref);
            const media = (response['content'] as Record<string, JsonObject>) ?? {};
            return [status, Object.fromEntries(Object.entries(media).map(([type, m]) => [type, (m['schema'] as JsonObject) ?? null]))];
          }),
        );
        return {
          operationId: String(raw['operationId']),
          method,
          path,
          raw,
          parameters: ((raw['parameters'] as unknown[]) ?? []).map((p) => deref<Parameter>(doc, p)),
          requestBodies: Object.fromEntries(Object.entries(content).map(([type, m]) => [type, (m['schema'] as JsonObject) ?? {}])),
          requestBodyRequired: body?.['required'] === true,
          responses,
          security: (raw['security'] as Record<string, string[]>[]) ?? globalSecurity,
        };
      }),
  );
}

/** An ajv instance that knows the contract (as `hpasc`) and its named formats. */
export function createContractAjv(doc: JsonObject, options: { coerceTypes?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, coerceTypes: options.coerceTypes ?? false });
  addFormats.default(ajv);
  for (const [name, check] of Object.entries(namedFormats)) ajv.addFormat(name, { type: 'string', validate: check });
  ajv.addFormat('binary', true);
  ajv.addSchema(doc, 'hpasc');
  return ajv;
}

/** Rewrites `#/components/...` references so a fragment compiles inside the `hpasc` document. */
export function anchored(schema: JsonObject): JsonObject {
  return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"hpasc#/')) as JsonObject;
}

export interface FieldIssue {
  pointer: string;
  code: string;
  params?: { limit?: number; format?: string; allowed?: string[] };
}

/** ajv errors as JSON Pointers into the validated value, one per field (the most specific wins). */
export function toFieldIssues(errors: ErrorObject[] | null | undefined, prefix = ''): FieldIssue[] {
  const seen = new Map<string, FieldIssue>();
  for (const error of errors ?? []) {
    if (['oneOf', 'anyOf', 'if', 'allOf'].includes(error.keyword)) continue;
    const p = error.params as Record<string, unknown>;
    const pointer = prefix + error.instancePath + (error.keyword === 'required' ? `/${String(p['missingProperty'])}` : '')
      + (error.keyword === 'additionalProperties' ? `/${String(p['additionalProperty'])}` : '');
    const code = error.keyword === 'format' ? `format.${String(p['format'])}` : error.keyword;
    const params: FieldIssue['params'] = {};
    if (typeof p['limit'] === 'number') params.limit = p['limit'];
    if (typeof p['format'] === 'string') params.format = p['format'];
    if (Array.isArray(p['allowedValues'])) params.allowed = (p['allowedValues'] as unknown[]).map(String).slice(0, 50);
    if (!seen.has(pointer)) seen.set(pointer, { pointer, code, ...(Object.keys(params).length ? { params } : {}) });
  }
  return [...seen.values()];
}

export type Validator = ValidateFunction;
