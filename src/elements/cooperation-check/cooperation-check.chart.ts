/** A bar chart of the mean per aspect (SVG), with a caption that states every number. */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { AspectResult, RoundResult } from '../../sdk/analysis/cooperation-check.js';
import type { CheckPort } from './cooperation-check.port.js';

const START = 10;
const WIDTH = 400;
const ROW = 44;
/** Bars start at 1, the lowest answer, and run to the mean; the scale ends at 5. */
const x = (v: number) => START + ((v - 1) / 4) * (WIDTH - START - 40);

export function renderChart(
  port: CheckPort,
  current: RoundResult,
  previous: RoundResult | undefined,
  title: (a: AspectResult) => string,
  num: (v: number) => string,
): TemplateResult {
  const m = port.t();
  const rows = current.aspects;
  const height = rows.length * ROW + 24;
  const items = rows
    .map((a) => `${title(a)} ${a.mean === null ? m.none : `${num(a.mean)} (${m.bands[a.band ?? ''] ?? ''})`}`)
    .join('; ');
  return html`<figure part="chart">
    <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-title chart-text">
      <title id="chart-title">${m.chartTitle}</title>
      ${[1, 2, 3, 4, 5].map(
        (t) => svg`<line class="axis" x1=${x(t)} x2=${x(t)} y1="0" y2=${height - 18}></line>
        <text x=${x(t)} y=${height - 4} text-anchor="middle">${t}</text>`,
      )}
      ${rows.map((a, i) => {
        const y = i * ROW + 20;
        const before = previous?.aspects.find((p) => p.id === a.id)?.mean;
        return svg`<text x=${START} y=${y - 4}>${title(a)}</text>
          ${
            a.mean !== null
              ? svg`<rect class="bar" x=${x(1)} y=${y} width=${Math.max(1, x(a.mean) - x(1))} height="20"></rect>
            <text x=${x(Math.max(a.mean, before ?? 1)) + 6} y=${y + 15}>${num(a.mean)}</text>`
              : nothing
          }
          ${before != null ? svg`<line class="prev" x1=${x(before)} x2=${x(before)} y1=${y - 3} y2=${y + 23}></line>` : nothing}`;
      })}
    </svg>
    <figcaption id="chart-text">${m.chartText(items)}${previous ? ` (${m.previousMark})` : ''}</figcaption>
  </figure>`;
}
