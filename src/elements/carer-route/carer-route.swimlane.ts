/**
 * The swimlane picture of one version: a row per lane, the steps from left to right, and an arrow from
 * each step to the next. A warm referral is a solid, thick arrow marked "warm", a cold one a dashed arrow
 * marked "koud": never colour alone. Drawn with Lit's svg templates, so every text is escaped.
 */
import { svg, html, nothing, type TemplateResult } from 'lit';
import { ANNOTATION_KINDS, type Route, type RouteStep, type RouteVersion } from '../../sdk/route-model.js';
import type { RoutePort } from './carer-route.port.js';

const LABEL = 160;
const COL = 196;
const BOX_W = 150;
const BOX_H = 60;
const LANE = 84;
const TOP = 32;
/** Characters per line in a box, at the font size the picture uses. */
const LINE = 24;

/** Up to `lines` lines of at most `max` characters, cut at words; the last one ends in … when text is left. */
export function wrapText(text: string, max = LINE, lines = 2): string[] {
  const out: string[] = [];
  let line = '';
  const words = text.trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i].length > max ? `${words[i].slice(0, max - 1)}…` : words[i];
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
      if (out.length === lines) return [...out.slice(0, -1), clip(`${out[lines - 1]} …`, max)];
    }
  }
  if (line) out.push(line);
  return out.length > lines ? [...out.slice(0, lines - 1), clip(`${out[lines - 1]} …`, max)] : out;
}

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** The picture of one version: an SVG with its size set, so it exports as it is. */
export function renderSwimlane(
  port: RoutePort,
  route: Route,
  version: RouteVersion,
  steps: readonly RouteStep[],
): TemplateResult {
  const t = port.t();
  const rows: { id: string | undefined; label: string; sub?: string }[] = route.lanes.map((l) => ({
    id: l.id,
    label: l.role,
    sub: l.party === undefined ? undefined : port.snapshot.parties.find((p) => p.id === l.party)?.name,
  }));
  const laneIds = new Set(route.lanes.map((l) => l.id));
  if (steps.some((s) => s.lane === undefined || !laneIds.has(s.lane))) rows.push({ id: undefined, label: t.nobody });
  const rowOf = new Map(rows.map((r, i) => [r.id, i]));
  const width = LABEL + Math.max(1, steps.length) * COL;
  const height = TOP + rows.length * LANE + 8;
  const at = (i: number) => ({
    x: LABEL + i * COL + (COL - BOX_W) / 2,
    y: TOP + (rowOf.get(steps[i].lane) ?? rows.length - 1) * LANE + (LANE - BOX_H) / 2,
  });
  const title = `${route.title} — ${t.version[version]}`;
  return html`<figure class="picture" part="picture">
    <div class="scroll" tabindex="0" role="region" aria-label=${t.picture(t.version[version])}>
      <svg data-version=${version} width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="img" aria-label=${`${t.picture(t.version[version])}. ${t.pictureHint}`}>
        <text class="title" x="8" y="20">${clip(title, Math.floor(width / 8))}</text>
        ${rows.map(
          (
            r,
            i,
          ) => svg`<g transform="translate(0 ${TOP + i * LANE})"><rect class=${i % 2 ? 'band odd' : 'band'} width=${width} height="84"></rect>
          <text class="lane" x="8" y="34">${clip(r.label, 20)}</text>${r.sub ? svg`<text class="lane-sub" x="8" y="52">${clip(r.sub, 24)}</text>` : nothing}</g>`,
        )}
        ${steps.map((s, i) => (i ? arrow(port, at(i - 1), at(i), s) : nothing))}
        ${steps.map((s, i) => box(port, s, at(i)))}
      </svg>
    </div>
    <figcaption>${t.legend}</figcaption>
  </figure>`;
}

// Each lane and box is a group moved into place, so its parts sit at fixed spots in one template (LANE, BOX_W
// and BOX_H written out): one binding for the place instead of one per coordinate, so a long route draws quickly.
function box(port: RoutePort, step: RouteStep, p: { x: number; y: number }): TemplateResult {
  const t = port.t();
  const [first, second] = wrapText(step.what);
  const facts = [step.contact ? t.contact[step.contact] : '', step.waitDays ? t.days(step.waitDays) : '']
    .filter(Boolean)
    .join(' · ');
  const kinds = ANNOTATION_KINDS.filter((k) => step.annotations?.some((a) => a.kind === k));
  return svg`<g transform="translate(${p.x} ${p.y})"><rect class=${step.lane === undefined ? 'box no-owner' : 'box'} width="150" height="60" rx="4"></rect>
    <text class="what" x="6" y="17"><tspan x="6">${first}</tspan>${second === undefined ? nothing : svg`<tspan x="6" dy="15">${second}</tspan>`}</text>
    <text class="facts" x="6" y="53">${clip(facts, 28)}</text>
    ${kinds.map(
      (k, i) => svg`<g transform="translate(${BOX_W - 8 - i * 17} 0)"><circle class="mark" r="8"></circle>
      <text class="mark-text" y="4" text-anchor="middle">${t.annotationMark[k]}</text></g>`,
    )}</g>`;
}

function arrow(
  port: RoutePort,
  from: { x: number; y: number },
  to: { x: number; y: number },
  step: RouteStep,
): TemplateResult {
  const kind = step.contact === 'warme-verwijzing' ? 'warm' : step.contact === 'koude-verwijzing' ? 'cold' : '';
  const sx = from.x + BOX_W;
  const sy = from.y + BOX_H / 2;
  const ex = to.x - 2;
  const ey = to.y + BOX_H / 2;
  const mx = sx + (ex - sx) / 2;
  const d = sy === ey ? `M${sx} ${sy}H${ex - 6}` : `M${sx} ${sy}H${mx}V${ey}H${ex - 6}`;
  const label = kind === 'warm' ? port.t().warm : kind === 'cold' ? port.t().cold : '';
  return svg`<path class="arrow ${kind}" d=${d}></path>
    <polygon class="head ${kind}" points="${ex},${ey} ${ex - 8},${ey - 5} ${ex - 8},${ey + 5}"></polygon>
    ${label ? svg`<text class="arrow-label" x=${mx} y=${Math.min(sy, ey) - 5} text-anchor="middle">${label}</text>` : nothing}`;
}
