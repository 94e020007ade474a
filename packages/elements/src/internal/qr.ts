/** A QR code as an SVG path (lean-qr encodes; Lit renders numbers only, nothing from data as markup). */
import { svg, type SVGTemplateResult } from 'lit';
import { generate } from 'lean-qr';

export function qrCode(content: string, label: string): SVGTemplateResult {
  const code = generate(content);
  const quiet = 4;
  let d = '';
  for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  const extent = code.size + quiet * 2;
  return svg`<svg class="qr" role="img" aria-label=${label} viewBox="0 0 ${extent} ${extent}" width="176" height="176" shape-rendering="crispEdges">
    <rect width=${extent} height=${extent} fill="#fff"></rect><path d=${d} fill="#000"></path></svg>`;
}
