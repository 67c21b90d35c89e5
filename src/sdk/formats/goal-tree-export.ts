/**
 * Exports of a doelenboom: CSV (one row per goal, with its path), a Markdown outline and an SVG
 * picture of the diagram. Pure functions: no DOM, so they run in Node too.
 */
import type { GoalTree, Party } from '../model.js';
import {
  deriveGoalTree,
  goalPath,
  latestReading,
  layoutGoalTree,
  levelName,
  walkGoalTree,
  type GoalNode,
} from '../goal-tree.js';
import { toCsv } from './csv.js';
import { goalTreeExportWords } from '../messages/goal-tree-export.js';
import type { Lang } from '../messages/lang.js';

const nameOf = (parties: readonly Party[]) => {
  const names = new Map(parties.map((p) => [p.id, p.name]));
  return (id: string) => names.get(id) ?? id;
};

/** Goals above this level are named in full in a path; deeper paths skip the middle, so a row stays short however deep the tree. */
const PATH_HEAD = 2;
const PATH_TAIL = 3;

/** The path from the stip op de horizon as text: in full up to five levels, else its first two and last three goals. */
function pathText(node: GoalNode): string {
  if (node.level <= PATH_HEAD + PATH_TAIL) return goalPath(node).join(' > ');
  const tail: string[] = [];
  let at: GoalNode | undefined = node;
  for (; at && tail.length < PATH_TAIL; at = at.parent) tail.unshift(at.goal.title);
  while (at && at.level > PATH_HEAD) at = at.parent;
  return [...(at ? goalPath(at) : []), '…', ...tail].join(' > ');
}

/** One row per goal in tree order, with its level, its path from the stip op de horizon, partners, steps and indicator. Formula-safe; linear in the number of goals. */
export function goalTreeToCsv(tree: GoalTree, parties: readonly Party[] = [], lang: Lang = 'nl'): string {
  const t = goalTreeExportWords[lang];
  const name = nameOf(parties);
  const rows: unknown[][] = [];
  walkGoalTree(deriveGoalTree(tree).roots, (n) => {
    const g = n.goal;
    const i = g.indicator;
    const latest = i && latestReading(i);
    rows.push([
      g.id,
      n.level,
      t.level[levelName(n.level)],
      pathText(n),
      g.title,
      g.description ?? '',
      g.partners.map(name).join(', '),
      g.steps.length,
      g.steps.filter((s) => s.status === 'klaar').length,
      i?.description ?? '',
      i?.unit ?? '',
      i?.baseline ?? '',
      i?.target ?? '',
      i?.targetDate ?? '',
      latest?.value ?? '',
      latest?.date ?? '',
    ]);
  });
  return toCsv(t.csvHeader, rows);
}

/** Escapes what Markdown would read as markup at the start of a line or inside text. */
function md(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/^(\d+)\./, '$1\\.')
    .replace(/^([-+])/, '\\$1');
}

/** A Markdown outline: the tree as nested lists, each goal with its partners, steps and indicator. */
export function goalTreeToMarkdown(tree: GoalTree, parties: readonly Party[] = [], lang: Lang = 'nl'): string {
  const t = goalTreeExportWords[lang];
  const name = nameOf(parties);
  const lines = [`# ${md(tree.title)}`, ''];
  walkGoalTree(deriveGoalTree(tree).roots, (n) => {
    const g = n.goal;
    const pad = '  '.repeat(n.level - 1);
    lines.push(`${pad}- **${md(g.title)}** (${t.level[levelName(n.level)]})`);
    if (g.description) lines.push(`${pad}  - ${md(g.description)}`);
    if (g.partners.length) lines.push(`${pad}  - ${t.partners}: ${g.partners.map((p) => md(name(p))).join(', ')}`);
    for (const s of g.steps) {
      const extra = [s.owner && md(name(s.owner)), s.due].filter(Boolean).join(', ');
      lines.push(
        `${pad}  - [${s.status === 'klaar' ? 'x' : ' '}] ${md(s.title)}${extra ? ` (${extra})` : ''} — ${t.status[s.status]}`,
      );
    }
    if (g.indicator) {
      const i = g.indicator;
      const latest = latestReading(i);
      const numbers = [
        i.baseline !== undefined && `${t.baseline} ${i.baseline}`,
        i.target !== undefined && `${t.target} ${i.target}${i.targetDate ? ` (${i.targetDate})` : ''}`,
        latest && `${t.latest} ${latest.value} (${latest.date})`,
      ].filter(Boolean);
      lines.push(
        `${pad}  - ${t.indicator}: ${md(i.description)}${i.unit ? ` [${md(i.unit)}]` : ''}${numbers.length ? ` — ${numbers.join('; ')}` : ''}`,
      );
    }
  });
  return `${lines.join('\n')}\n`;
}

/** Escapes text for XML. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Breaks a title into at most `max` lines of about `width` characters. */
function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    lines.length = max;
    lines[max - 1] = `${lines[max - 1].slice(0, width - 1)}…`;
  }
  return lines;
}

export interface GoalTreeSvgOptions {
  /** Top-down (default) or left-to-right. */
  orientation?: 'vertical' | 'horizontal';
  lang?: Lang;
  /** Goals folded in the view: their subgoals are left out. */
  collapsed?: ReadonlySet<string>;
}

/**
 * The diagram as a standalone SVG document: the stip op de horizon on top (or at the left), each
 * goal a box with its level, title, partners and step count, connectors between them, and a legend.
 */
export function goalTreeToSvg(
  tree: GoalTree,
  parties: readonly Party[] = [],
  options: GoalTreeSvgOptions = {},
): string {
  const t = goalTreeExportWords[options.lang ?? 'nl'];
  const horizontal = options.orientation === 'horizontal';
  const W = 210,
    H = 86,
    GAP_BREADTH = 20,
    GAP_DEPTH = 48,
    PAD = 20;
  const name = nameOf(parties);
  const { roots } = deriveGoalTree(tree);
  const place = new Map(
    layoutGoalTree(roots, (n) => (options.collapsed?.has(n.goal.id) ? [] : n.children)).nodes.map((p) => [
      p.node.goal.id,
      p,
    ]),
  );
  const step = (horizontal ? H : W) + GAP_BREADTH;
  const depthStep = (horizontal ? W : H) + GAP_DEPTH;
  const xy = (id: string) => {
    const p = place.get(id)!;
    const b = PAD + p.breadth * step,
      d = PAD + p.depth * depthStep;
    return horizontal ? { x: d, y: b } : { x: b, y: d };
  };
  const parts: string[] = [];
  let maxX = 0,
    maxY = 0;
  for (const [id] of place) {
    const { x, y } = xy(id);
    maxX = Math.max(maxX, x + W);
    maxY = Math.max(maxY, y + H);
  }
  walkGoalTree(roots, (n) => {
    if (!place.has(n.goal.id)) return;
    const { x, y } = xy(n.goal.id);
    if (n.parent && place.has(n.parent.goal.id)) {
      const p = xy(n.parent.goal.id);
      parts.push(
        horizontal
          ? `<path d="M${p.x + W} ${p.y + H / 2}H${p.x + W + GAP_DEPTH / 2}V${y + H / 2}H${x}" class="c"/>`
          : `<path d="M${p.x + W / 2} ${p.y + H}V${p.y + H + GAP_DEPTH / 2}H${x + W / 2}V${y}" class="c"/>`,
      );
    }
    const g = n.goal;
    const done = g.steps.filter((s) => s.status === 'klaar').length;
    const facts = [
      g.partners.length ? `${t.partners}: ${g.partners.map(name).join(', ')}` : t.noPartners,
      `${t.steps}: ${done}/${g.steps.length}${g.indicator ? ` · ${t.indicator}` : ''}`,
    ];
    const title = wrap(g.title, 30, 2)
      .map((l, i) => `<tspan x="${x + 8}" dy="${i ? 15 : 0}">${xml(l)}</tspan>`)
      .join('');
    parts.push(
      `<g><rect x="${x}" y="${y}" width="${W}" height="${H}" rx="6" class="l${Math.min(n.level, 3)}"/>` +
        `<text x="${x + 8}" y="${y + 16}" class="k">${xml(t.level[levelName(n.level)])}</text>` +
        `<text y="${y + 33}" class="t">${title}</text>` +
        facts
          .map((f, i) => `<text x="${x + 8}" y="${y + 64 + i * 13}" class="f">${xml(wrap(f, 36, 1)[0] ?? '')}</text>`)
          .join('') +
        `</g>`,
    );
  });
  const legendY = maxY + 28;
  parts.push(`<text x="${PAD}" y="${legendY}" class="f">${xml(t.legend)}</text>`);
  const width = Math.max(maxX + PAD, 420),
    height = legendY + PAD;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${xml(tree.title)}">
<title>${xml(tree.title)}</title>
<style>text{font-family:system-ui,sans-serif;fill:#1a1a1a}.k{font-size:11px;fill:#595959;text-transform:uppercase}.t{font-size:13px;font-weight:600}.f{font-size:11px}rect{fill:#fff;stroke:#8c8c8c}.l1{stroke:#00529c;stroke-width:3}.l2{stroke:#1a1a1a;stroke-width:1.5}.c{fill:none;stroke:#595959;stroke-width:1.5}.bg{stroke:none}</style>
<rect width="100%" height="100%" class="bg"/>
${parts.join('\n')}
</svg>
`;
}
