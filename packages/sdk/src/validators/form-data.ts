/**
 * What a form submits: the data without the fields its layout hides for that data. One definition for the
 * browser and the sandbox, each testing conditions with its own JSON Schema validator.
 */
import type { components } from '../generated/types.ts';

type FormSchema = components['schemas']['FormSchema'];
type Condition = components['schemas']['Condition'];

/**
 * A JSON copy of `data` (as the server receives it: no `undefined`, no objects shared between two places)
 * without the fields hidden by a section's or field's `showIf`; an object left empty by that goes too.
 */
export function visibleFormData(form: FormSchema, data: Record<string, unknown>, matches: (condition: Condition | undefined, data: Record<string, unknown>) => boolean): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  for (const step of form.layout.steps) {
    for (const section of step.sections) {
      const sectionShown = matches(section.showIf, data);
      for (const field of section.fields) if (!sectionShown || !matches(field.showIf, data)) removePointer(copy, field.pointer);
    }
  }
  return copy;
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
