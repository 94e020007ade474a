/** A QR code as an SVG path (lean-qr's nano build encodes; Lit renders numbers only, nothing from data as markup). */
import { svg, type SVGTemplateResult } from 'lit';
import { generate } from 'lean-qr/nano';

const quiet = 4;

/** The dark modules as one SVG path (`M x y h1v1h-1z` each, quiet zone included) and the side length. */
export function qrPath(content: string): { d: string; extent: number } {
  const code = generate(content);
  let d = '';
  for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  return { d, extent: code.size + quiet * 2 };
}

export function qrCode(content: string, label: string): SVGTemplateResult {
  const { d, extent } = qrPath(content);
  return svg`<svg class="qr" role="img" aria-label=${label} viewBox="0 0 ${extent} ${extent}" width="176" height="176" shape-rendering="crispEdges">
    <rect width=${extent} height=${extent} fill="#fff"></rect><path d=${d} fill="#000"></path></svg>`;
}
