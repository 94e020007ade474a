/**
 * A submission's data judged against its procedure's form schema, as the browser judges it: fields hidden
 * by `showIf` are dropped first, then the data schema (JSON Schema 2020-12 subset) decides.
 */
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import type { Schemas } from '@hpasc/sdk';
import { visibleFormData } from '@hpasc/sdk/validators';
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
    return visibleFormData(form, data, (condition, current) => this.matches(condition, current));
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
