/** The contract helpers the sandbox uses at runtime, shared with the repository's tests. */
export { contractPath, createContractAjv, deref, loadContract, type JsonObject } from '../../packages/sandbox/src/contract.ts';
import { listOperations, type JsonObject, type OperationSpec } from '../../packages/sandbox/src/contract.ts';

export type Operation = JsonObject & {
  operationId?: string;
  summary?: string;
  tags?: string[];
  parameters?: JsonObject[];
  requestBody?: JsonObject;
  responses: Record<string, JsonObject>;
  security?: Record<string, string[]>[];
};

export function operations(doc: JsonObject): { path: string; method: string; operation: Operation; spec: OperationSpec }[] {
  return listOperations(doc).map((spec) => ({ path: spec.path, method: spec.method, operation: spec.raw as Operation, spec }));
}
