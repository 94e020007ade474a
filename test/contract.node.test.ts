/** The contract itself: completeness, bounds, security rules and examples that validate. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createContractAjv, deref, loadContract, operations, type JsonObject } from './support/contract.ts';

const doc = loadContract();
const ops = operations(doc);
const ajv = createContractAjv(doc);
const schemas = (doc['components'] as JsonObject)['schemas'] as Record<string, JsonObject>;

/** Every v1 resource of architecture.md, by operation. */
const requiredOperations = [
  'listProcedures', 'getProcedure', 'listSectors', 'listAgencies', 'getAgency', 'listUnits', 'getUnit',
  'listBranches', 'getBranch', 'listPoints', 'findNearestPoints', 'getPoint', 'getPointQueue',
  'createUpload', 'getUpload', 'deleteUpload', 'requestVerification', 'checkVerification',
  'authorize', 'exchangeToken', 'getUserInfo', 'revokeToken',
  'submitDossier', 'lookupDossier', 'getDossier', 'listDossierEvents', 'streamDossierEvents',
  'supplementDossier', 'withdrawDossier', 'listIssuedDocuments', 'getIssuedDocument', 'listMyDossiers',
  'createPayment', 'getPayment', 'rateDossier', 'ratePoint', 'getRatingSummary',
  'submitFeedback', 'lookupFeedback', 'getServiceStats',
];

/** POSTs that exchange credentials rather than create something, so carry no Idempotency-Key requirement. */
const credentialPosts = new Set(['exchangeToken', 'revokeToken', 'checkVerification', 'lookupDossier', 'lookupFeedback']);

function parameters(operation: JsonObject): JsonObject[] {
  return ((operation['parameters'] as unknown[]) ?? []).map((p) => deref(doc, p));
}

/** Calls `visit` on every schema object reachable from `root`, following no $ref (each component is walked once). */
function walkSchema(root: unknown, where: string, visit: (schema: JsonObject, where: string) => void): void {
  if (!root || typeof root !== 'object') return;
  const schema = root as JsonObject;
  if (typeof schema['$ref'] === 'string') return;
  visit(schema, where);
  for (const key of ['items', 'not', 'if', 'then', 'else', 'additionalProperties', 'propertyNames']) {
    walkSchema(schema[key], `${where}/${key}`, visit);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    ((schema[key] as unknown[]) ?? []).forEach((s, i) => walkSchema(s, `${where}/${key}/${i}`, visit));
  }
  for (const [name, s] of Object.entries((schema['properties'] as JsonObject) ?? {})) walkSchema(s, `${where}/properties/${name}`, visit);
}

/** Every inline schema in the document: components, parameters, headers, bodies, responses. */
function allSchemas(): [JsonObject, string][] {
  const found: [JsonObject, string][] = [];
  const collect = (schema: unknown, where: string) => walkSchema(schema, where, (s, w) => found.push([s, w]));
  for (const [name, schema] of Object.entries(schemas)) collect(schema, `#/components/schemas/${name}`);
  const visitContainer = (node: unknown, where: string): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as JsonObject)) {
      if (key === 'schema') collect(value, `${where}/schema`);
      else if (key !== 'examples' && key !== 'example' && key !== 'schemas') visitContainer(value, `${where}/${key}`);
    }
  };
  visitContainer(doc['paths'], '#/paths');
  visitContainer({ ...(doc['components'] as JsonObject), schemas: undefined }, '#/components');
  return found;
}

function typesOf(schema: JsonObject): string[] {
  const type = schema['type'];
  return Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : [];
}

describe('contract: completeness', () => {
  it('is OpenAPI 3.1 with every v1 operation', () => {
    assert.equal(doc['openapi'], '3.1.0');
    const ids = ops.map((o) => o.operation.operationId);
    assert.deepEqual(requiredOperations.filter((id) => !ids.includes(id)), []);
  });

  it('gives every operation a unique operationId, an English and a Vietnamese summary, a tag and an error response', () => {
    const ids = new Set<string>();
    for (const { path, method, operation } of ops) {
      const label = `${method.toUpperCase()} ${path}`;
      assert.match(operation.operationId ?? '', /^[a-z][A-Za-z]+$/, `${label} operationId`);
      assert.ok(!ids.has(operation.operationId!), `${label} duplicate operationId`);
      ids.add(operation.operationId!);
      assert.ok((operation.summary ?? '').length > 5, `${label} summary`);
      assert.match(String(operation['x-summary-vi'] ?? ''), /[àáảãạăâđèéêìíòóôơùúưýỳ]/i, `${label} x-summary-vi in Vietnamese`);
      assert.ok(operation.tags?.length, `${label} tag`);
      assert.ok(Object.keys(operation.responses).some((s) => s.startsWith('4')), `${label} documents a 4xx`);
      assert.ok(Object.keys(operation.responses).some((s) => /^[23]/.test(s)), `${label} documents success`);
    }
  });

  it('shows a realistic example for every JSON request body and every JSON success response with a body', () => {
    const missing: string[] = [];
    for (const { path, method, operation } of ops) {
      const body = operation.requestBody ? deref(doc, operation.requestBody) : undefined;
      for (const [type, media] of Object.entries((body?.['content'] as Record<string, JsonObject>) ?? {})) {
        if (type !== 'multipart/form-data' && !media['examples'] && !media['example']) missing.push(`${method} ${path} request ${type}`);
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!/^2/.test(status)) continue;
        const content = (deref(doc, response)['content'] as Record<string, JsonObject>) ?? {};
        for (const [type, media] of Object.entries(content)) {
          if (!media['examples'] && !media['example']) missing.push(`${method} ${path} ${status} ${type}`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });
});

describe('contract: domain facts', () => {
  it('uses the national status codes 1–10, channels 1–3 and the three satisfaction levels', () => {
    assert.deepEqual(schemas['DossierStatus']?.['enum'], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual(schemas['Channel']?.['enum'], [1, 2, 3]);
    assert.deepEqual(schemas['SatisfactionLevel']?.['enum'], ['very-satisfied', 'satisfied', 'not-satisfied']);
    assert.equal(Object.keys((schemas['RatingCriteria']?.['properties'] as JsonObject) ?? {}).length, 9);
  });

  it('states the code formats of domain.md', () => {
    assert.equal(schemas['DossierCode']?.['pattern'], '^\\d{3}\\.[0-9A-Z]{2}\\.\\d{2}\\.[GH]\\d{2}-\\d{6}-\\d{4}$');
    assert.equal(schemas['CitizenId']?.['pattern'], '^\\d{12}$');
    assert.equal(schemas['PhoneNumber']?.['pattern'], '^(\\+84|84|0)(3[2-9]|5[25689]|7[06-9]|8[1-689]|9[0-46-9])\\d{7}$');
    const formats = (schemas['JsonSchemaNode']?.['properties'] as Record<string, JsonObject>)['format']?.['enum'];
    for (const name of ['vn-citizen-id', 'vn-phone', 'vn-tax-code', 'vn-dossier-code']) assert.ok((formats as string[]).includes(name), name);
  });

  it('validates dossier codes with the named format, not only the pattern', () => {
    const validate = ajv.compile({ $ref: 'hpasc#/components/schemas/DossierCode' });
    assert.equal(validate('000.00.12.H26-251124-0001'), true);
    assert.equal(validate('000.00.12.H26-251324-0001'), false, 'month 13 fits the pattern but is no date');
  });
});

describe('contract: bounds and security', () => {
  it('bounds every string, array and number', () => {
    const unbounded: string[] = [];
    for (const [schema, where] of allSchemas()) {
      const types = typesOf(schema);
      const closed = 'enum' in schema || 'const' in schema;
      if (types.includes('string') && !closed && schema['maxLength'] === undefined) unbounded.push(`${where} maxLength`);
      if (types.includes('array') && schema['maxItems'] === undefined) unbounded.push(`${where} maxItems`);
      if ((types.includes('integer') || types.includes('number')) && !closed && (schema['minimum'] === undefined || schema['maximum'] === undefined)) {
        unbounded.push(`${where} minimum/maximum`);
      }
      if (types.includes('object') && schema['additionalProperties'] === true && schema['maxProperties'] === undefined) unbounded.push(`${where} maxProperties`);
    }
    assert.deepEqual(unbounded, []);
  });

  it('requires an Idempotency-Key on every POST that creates something', () => {
    for (const { path, method, operation } of ops) {
      if (method !== 'post' || credentialPosts.has(operation.operationId!)) continue;
      const key = parameters(operation).find((p) => p['name'] === 'Idempotency-Key');
      assert.equal(key?.['required'], true, `${method} ${path}`);
    }
  });

  it('keeps personal data and secrets out of URLs', () => {
    const sensitive = /token|verifier|pin|phone|citizen|tax|password|secret|otp/i;
    const sensitiveSchemas = ['CitizenId', 'PhoneNumber', 'TaxCode', 'TrackingPin'].map((n) => `#/components/schemas/${n}`);
    for (const { path, method, operation } of ops) {
      for (const parameter of parameters(operation)) {
        if (parameter['in'] !== 'query' && parameter['in'] !== 'path') continue;
        const name = String(parameter['name']);
        assert.ok(!sensitive.test(name), `${method} ${path} ${parameter['in']} parameter ${name}`);
        assert.ok(!sensitiveSchemas.includes(String((parameter['schema'] as JsonObject)?.['$ref'])), `${method} ${path} ${name}`);
      }
    }
  });

  it('guards dossier operations with a tracking or citizen token, never the API key alone', () => {
    for (const { path, operation } of ops) {
      if (!path.startsWith('/dossiers/{dossierCode}') && !path.startsWith('/me/') && !path.startsWith('/payments/')) continue;
      assert.ok(operation.security?.length, `${path} declares security`);
      for (const requirement of operation.security!) {
        assert.ok('trackingToken' in requirement || 'citizenToken' in requirement, `${path}: ${JSON.stringify(requirement)}`);
      }
    }
  });

  it('answers every error with problem+json, and 429/503 with Retry-After', () => {
    for (const { path, method, operation } of ops) {
      for (const [status, ref] of Object.entries(operation.responses)) {
        if (!/^[45]/.test(status)) continue;
        const response = deref(doc, ref);
        const media = (response['content'] as Record<string, JsonObject>)?.['application/problem+json'];
        assert.equal((media?.['schema'] as JsonObject)?.['$ref'], '#/components/schemas/Problem', `${method} ${path} ${status}`);
        if (status === '429' || status === '503') assert.ok((response['headers'] as JsonObject)?.['Retry-After'], `${method} ${path} ${status} Retry-After`);
      }
    }
  });
});

describe('contract: examples validate against their schemas', () => {
  /** Every (schema, example) pair in media types, parameters and schema-level `examples`. */
  function examplePairs(): { where: string; schema: unknown; value: unknown }[] {
    const pairs: { where: string; schema: unknown; value: unknown }[] = [];
    const fromMedia = (media: JsonObject, where: string) => {
      for (const [name, example] of Object.entries((media['examples'] as JsonObject) ?? {})) {
        pairs.push({ where: `${where} example ${name}`, schema: media['schema'], value: deref<JsonObject>(doc, example)['value'] });
      }
      if ('example' in media) pairs.push({ where: `${where} example`, schema: media['schema'], value: media['example'] });
    };
    for (const { path, method, operation } of ops) {
      const label = `${method} ${path}`;
      for (const parameter of parameters(operation)) {
        if ('example' in parameter) pairs.push({ where: `${label} ${parameter['name']}`, schema: parameter['schema'], value: parameter['example'] });
      }
      const body = operation.requestBody ? deref(doc, operation.requestBody) : undefined;
      for (const [type, media] of Object.entries((body?.['content'] as Record<string, JsonObject>) ?? {})) fromMedia(media, `${label} request ${type}`);
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const [type, media] of Object.entries((deref(doc, response)['content'] as Record<string, JsonObject>) ?? {})) {
          if (type !== 'text/event-stream' && type !== 'text/html') fromMedia(media, `${label} ${status} ${type}`);
        }
      }
    }
    for (const [name, schema] of Object.entries(schemas)) {
      for (const value of (schema['examples'] as unknown[]) ?? []) pairs.push({ where: `schema ${name}`, schema: { $ref: `#/components/schemas/${name}` }, value });
    }
    return pairs;
  }

  it('has many examples', () => {
    assert.ok(examplePairs().length >= 80, `only ${examplePairs().length} examples`);
  });

  it('validates each of them', () => {
    const failures: string[] = [];
    for (const { where, schema, value } of examplePairs()) {
      const validate = ajv.compile({ $ref: `hpasc${(schema as JsonObject)['$ref'] ?? ''}`, ...((schema as JsonObject)['$ref'] ? {} : (schema as JsonObject)) });
      if (!validate(value)) failures.push(`${where}: ${ajv.errorsText(validate.errors)}`);
    }
    assert.deepEqual(failures, []);
  });

  it('rejects an example that breaks its schema (the check can fail)', () => {
    const validate = ajv.compile({ $ref: 'hpasc#/components/schemas/DossierReceipt' });
    const receipt = deref<JsonObject>(doc, { $ref: '#/components/examples/DossierReceipt' })['value'] as JsonObject;
    assert.equal(validate(receipt), true);
    assert.equal(validate({ ...receipt, dossierCode: '000.00.12.H26-251124-001' }), false);
    assert.equal(validate({ ...receipt, unknownField: 1 }), false);
  });
});

describe('contract: the example form schema is usable', () => {
  const procedure = deref<JsonObject>(doc, { $ref: '#/components/examples/Procedure' })['value'] as JsonObject;
  const form = procedure['form'] as JsonObject;
  const submission = deref<JsonObject>(doc, { $ref: '#/components/examples/DossierSubmission' })['value'] as JsonObject;

  it('accepts the example submission under its own data schema', () => {
    const validate = ajv.compile(form['data'] as JsonObject);
    assert.equal(validate(submission['data']), true, ajv.errorsText(validate.errors));
    assert.equal(submission['formRevision'], form['revision']);
  });

  it('enforces its if/then requirement and named formats', () => {
    const validate = ajv.compile(form['data'] as JsonObject);
    const data = structuredClone(submission['data']) as JsonObject;
    delete data['father'];
    assert.equal(validate(data), false, 'father is required when fatherKnown');
    data['fatherKnown'] = false;
    assert.equal(validate(data), true);
    (data['mother'] as JsonObject)['citizenId'] = '003301012345';
    assert.equal(validate(data), false, '003 is no province code');
  });

  it('points every layout field at a property of the data schema', () => {
    const resolve = (pointer: string): unknown =>
      pointer.split('/').slice(1).reduce<unknown>((node, key) => ((node as JsonObject)?.['properties'] as JsonObject)?.[key], form['data']);
    const steps = (form['layout'] as JsonObject)['steps'] as JsonObject[];
    const pointers = steps.flatMap((s) => (s['sections'] as JsonObject[]).flatMap((sec) => (sec['fields'] as JsonObject[]).map((f) => String(f['pointer']))));
    assert.ok(pointers.length >= 10);
    assert.deepEqual(pointers.filter((p) => !resolve(p)), []);
  });

  it('lists choice options that match the enum of their field', () => {
    const steps = (form['layout'] as JsonObject)['steps'] as JsonObject[];
    for (const field of steps.flatMap((s) => (s['sections'] as JsonObject[]).flatMap((sec) => sec['fields'] as JsonObject[]))) {
      if (!field['options']) continue;
      const target = String(field['pointer']).split('/').slice(1).reduce<unknown>((n, k) => ((n as JsonObject)['properties'] as JsonObject)[k], form['data']) as JsonObject;
      assert.deepEqual((field['options'] as JsonObject[]).map((o) => o['value']), target['enum'], String(field['pointer']));
    }
  });
});
