/**
 * A bar's length, written through the CSSOM (`element.style`) on every render. A strict Content Security
 * Policy refuses `style` attributes — and Lit's styleMap writes one on the first render — but allows this.
 */
import { noChange } from 'lit';
import { directive, Directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

export const barWidth = directive(class extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('barWidth() goes on an element: <span ${barWidth(0.5)}>');
  }

  render(_fraction: number) {
    return noChange;
  }

  override update(part: ElementPart, [fraction]: [number]) {
    (part.element as HTMLElement).style.width = `${(Math.min(Math.max(fraction, 0), 1) * 100).toFixed(1)}%`;
    return noChange;
  }
});
