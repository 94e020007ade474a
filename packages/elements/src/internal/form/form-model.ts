/**
 * A procedure's form schema at work in the browser: which fields and sections show for the current data,
 * the data that is submitted (hidden fields left out), the field errors, and the document slots the case
 * needs. It judges as the sandbox does: same JSON Schema 2020-12 subset (`json-schema.ts`), same named
 * Vietnamese formats, same one-error-per-field pointers.
 */
import type { Schemas } from '@hpasc/sdk';
import { visibleFormData } from '@hpasc/sdk/validators';
import { evaluate, type SchemaError, type SchemaNode } from './json-schema.ts';

type FormSchema = Schemas['FormSchema'];
type Condition = Schemas['Condition'];
type FormField = Schemas['FormField'];
type DocumentSlot = Schemas['DocumentSlot'];
export type FormData = Record<string, unknown>;

/** A field to correct: where (JSON Pointer into the form data), why (a schema keyword or `format.<name>`). */
export interface FieldIssue {
  pointer: string;
  code: string;
  params?: SchemaError['params'];
}

export class FormModel {
  constructor(readonly form: FormSchema) {}

  /** Whether a condition (a JSON Schema fragment) holds for the data; no condition always holds. */
  matches(condition: Condition | undefined, data: FormData): boolean {
    return condition === undefined || evaluate(condition as SchemaNode, data);
  }

  /** Fields the citizen sees for this data, with their section and step. */
  visibleFields(data: FormData): { step: string; section: string; field: FormField }[] {
    const shown: { step: string; section: string; field: FormField }[] = [];
    for (const step of this.form.layout.steps) {
      for (const section of step.sections) {
        if (!this.matches(section.showIf, data)) continue;
        for (const field of section.fields) if (this.matches(field.showIf, data)) shown.push({ step: step.id, section: section.id, field });
      }
    }
    return shown;
  }

  /** A copy of the data without the fields the layout hides for it: what is validated and submitted. */
  visibleData(data: FormData): FormData {
    return visibleFormData(this.form, data, (condition, current) => this.matches(condition, current));
  }

  /** Field errors of the visible data, one per field (the first failed check). */
  validate(data: FormData): FieldIssue[] {
    const errors: SchemaError[] = [];
    evaluate(this.form.data, this.visibleData(data), errors);
    const seen = new Map<string, FieldIssue>();
    for (const { pointer, keyword, params } of errors) {
      const code = keyword === 'format' ? `format.${params!.format!}` : keyword;
      if (!seen.has(pointer)) seen.set(pointer, params ? { pointer, code, params } : { pointer, code });
    }
    return [...seen.values()];
  }

  /**
   * Pointers of the objects that must exist whenever their parent does (required all the way from the root):
   * a step judges them as begun, so a missing one names its required fields instead of itself.
   */
  requiredObjects(): Set<string> {
    const found = new Set<string>();
    const walk = (node: Record<string, unknown>, at: string) => {
      const properties = (node['properties'] ?? {}) as Record<string, Record<string, unknown>>;
      for (const name of (node['required'] ?? []) as string[]) {
        const child = properties[name];
        if (child?.['type'] !== 'object') continue;
        found.add(`${at}/${name}`);
        walk(child, `${at}/${name}`);
      }
    };
    walk(this.form.data as Record<string, unknown>, '');
    return found;
  }

  /** The document slots this case needs (`appliesWhen`), required or not. */
  slotsFor(data: FormData): DocumentSlot[] {
    return this.form.documents.filter((slot) => this.matches(slot.appliesWhen, data));
  }
}
