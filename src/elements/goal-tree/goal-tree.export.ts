/** Exporting `<goal-tree>`: samenspel JSON, CSV, Markdown, SVG, PNG and print. Nothing leaves the browser. */
import { html, type TemplateResult } from 'lit';
import { downloadFile, fileName } from '../../internal/download.js';
import { svgToPng } from '../../internal/svg-canvas.js';
import { ExportReport } from '../../internal/export-report.js';
import { printLandscape } from '../../internal/print.js';
import { FORMAT, VERSION, type Dataset } from '../../sdk/model.js';
import { goalTreeToCsv, goalTreeToMarkdown, goalTreeToSvg } from '../../sdk/formats/goal-tree-export.js';
import { goalTreePanelMessages } from '../../translations/goal-tree-panels.js';
import type { GoalTreeHost } from './goal-tree.host.js';

type Host = GoalTreeHost & { orientation: 'vertical' | 'horizontal'; updateComplete: Promise<boolean> };
export type ExportFormat = 'json' | 'csv' | 'markdown' | 'svg' | 'png' | 'printA4' | 'printA3';

/** The tree and the parties it names, as a samenspel dataset another page can load. */
export function treeDataset(host: GoalTreeHost): Dataset {
  const tree = host.goalTree!;
  const used = new Set(
    tree.goals.flatMap((g) => [...g.partners, ...g.steps.flatMap((s) => (s.owner ? [s.owner] : []))]),
  );
  return {
    format: FORMAT,
    version: VERSION,
    title: tree.title,
    parties: host.snapshot.parties.filter((p) => used.has(p.id)),
    relations: [],
    careNetworks: [],
    goalTrees: [tree],
    checks: [],
    routes: [],
  };
}

async function print(host: Host, size: 'A4' | 'A3'): Promise<void> {
  // Every goal on paper: folded branches open for the print, and fold again after it.
  const folded = [...host.collapsed];
  host.collapsed.clear();
  host.requestUpdate();
  await host.updateComplete;
  printLandscape(size, () => {
    folded.forEach((id) => host.collapsed.add(id));
    host.requestUpdate();
  });
}

/** Each tree's export report (the part is loaded once for every tree on the page). */
const reports = new WeakMap<Host, ExportReport>();
function reportOf(host: Host): ExportReport {
  let report = reports.get(host);
  if (!report) reports.set(host, (report = new ExportReport(host)));
  return report;
}

/** Makes one export and offers it as a download (or prints). */
export async function exportTree(host: Host, format: ExportFormat): Promise<void> {
  const tree = host.goalTree;
  if (!tree) return;
  const lang = host.language;
  const parties = host.snapshot.parties;
  const svg = () => goalTreeToSvg(tree, parties, { lang, orientation: host.orientation, collapsed: host.collapsed });
  await reportOf(host).run(async () => {
    if (format === 'json')
      downloadFile(JSON.stringify(treeDataset(host), null, 2), fileName(tree.title, 'json'), 'application/json');
    else if (format === 'csv')
      downloadFile(goalTreeToCsv(tree, parties, lang), fileName(tree.title, 'csv'), 'text/csv;charset=utf-8');
    else if (format === 'markdown')
      downloadFile(goalTreeToMarkdown(tree, parties, lang), fileName(tree.title, 'md'), 'text/markdown;charset=utf-8');
    else if (format === 'svg') downloadFile(svg(), fileName(tree.title, 'svg'), 'image/svg+xml');
    else if (format === 'png') downloadFile(await svgToPng(svg()), fileName(tree.title, 'png'), 'image/png');
    else await print(host, format === 'printA3' ? 'A3' : 'A4');
  });
}

const FORMATS: ExportFormat[] = ['json', 'csv', 'markdown', 'svg', 'png', 'printA4', 'printA3'];

/** The buttons of the export menu, and the notice of an export that failed. */
export function renderExportMenu(host: Host): TemplateResult {
  const t = goalTreePanelMessages[host.language];
  return html`<div>${FORMATS.map((f) => html`<button type="button" data-export=${f} @click=${() => exportTree(host, f)}>${t[f]}</button>`)}</div>${reportOf(host).render()}`;
}
