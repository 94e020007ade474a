/**
 * A submission's data judged against its procedure's form schema, as the browser judges it: fields hidden
 * by `showIf` are dropped first, then the data schema (JSON Schema 2020-12 subset) decides.
 */
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import type { Schemas } from '@hpasc/sdk';
import { toFieldIssues, type FieldIssue } from '../contract.ts';

type FormSchema = Schemas['FormSchema'];
type Condition = Schemas['Condition'];

export class FormJudge {
  private compiled = new Map<string, ValidateFunction>();

  constructor(private ajv: Ajv2020) {}

  private validator(schema: Condition): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  matches(condition: Condition | undefined, data: unknown): boolean {
    return condition === undefined || this.validator(condition)(data) === true;
  }

  /** A copy of `data` without the fields that the layout hides for this data. */
  visibleData(form: FormSchema, data: Record<string, unknown>): Record<string, unknown> {
    // A JSON copy, as the browser makes: structuredClone would keep objects shared between two places shared.
    const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
    for (const step of form.layout.steps) {
      for (const section of step.sections) {
        const sectionShown = this.matches(section.showIf, data);
        for (const field of section.fields) {
          if (!sectionShown || !this.matches(field.showIf, data)) removePointer(copy, field.pointer);
        }
      }
    }
    return copy;
  }

  validate(form: FormSchema, data: Record<string, unknown>): FieldIssue[] {
    const validate = this.validator(form.data);
    return validate(data) ? [] : toFieldIssues(validate.errors, '/data');
  }

  /** The document slots this data needs, and whether each is required. */
  slotsFor(form: FormSchema, data: Record<string, unknown>): Schemas['DocumentSlot'][] {
    return form.documents.filter((slot) => this.matches(slot.appliesWhen, data));
  }
}

function removePointer(target: Record<string, unknown>, pointer: string): void {
  const keys = pointer.split('/').slice(1);
  const path: Record<string, unknown>[] = [target];
  for (const key of keys.slice(0, -1)) {
    const next = path.at(-1)![key];
    if (!next || typeof next !== 'object') return;
    path.push(next as Record<string, unknown>);
  }
  delete path.at(-1)![keys.at(-1)!];
  // An object left empty by hiding its fields goes too: the citizen gave nothing for it.
  for (let depth = path.length - 1; depth > 0; depth--) {
    const node = path[depth]!;
    if (Array.isArray(node) || Object.keys(node).length > 0) break;
    delete path[depth - 1]![keys[depth - 1]!];
  }
}
