/** Exporting `<goal-tree>`: samenspel JSON, CSV, Markdown, SVG, PNG and print. Nothing leaves the browser. */
import { html, type TemplateResult } from 'lit';
import { downloadFile, fileName } from '../../internal/download.js';
import { svgToPng } from '../../internal/svg-canvas.js';
import type { ExportReport } from '../../internal/export-report.js';
import { printPage } from '../../internal/print.js';
import type { Dataset } from '../../sdk/model.js';
import { partDocument } from '../../sdk/formats/part-document.js';
import { goalTreeToCsv, goalTreeToMarkdown, goalTreeToSvg } from '../../sdk/formats/goal-tree-export.js';
import { goalTreePanelMessages } from '../../translations/goal-tree-panels.js';
import type { GoalTreePort } from './goal-tree.port.js';

export type ExportFormat = 'json' | 'csv' | 'markdown' | 'svg' | 'png' | 'printA4' | 'printA3';

/** The tree and the parties it names, as a samenspel dataset another page can load. */
export function treeDataset(port: GoalTreePort): Dataset {
  const tree = port.goalTree!;
  const named = tree.goals.flatMap((g) => [...g.partners, ...g.steps.flatMap((s) => (s.owner ? [s.owner] : []))]);
  return partDocument(port.snapshot, tree.title, { goalTrees: [tree] }, named);
}

async function print(port: GoalTreePort, size: 'A4' | 'A3'): Promise<void> {
  // Every goal on paper: folded branches open for the print, and fold again after it.
  const folded = [...port.collapsed];
  port.showLevels(Infinity);
  await port.update();
  printPage('picture', { size, after: () => folded.forEach((id) => port.setExpanded(id, false)) });
}

/** Makes one export and offers it as a download (or prints). */
export async function exportTree(port: GoalTreePort, report: ExportReport, format: ExportFormat): Promise<void> {
  const tree = port.goalTree;
  if (!tree) return;
  const lang = port.lang();
  const parties = port.snapshot.parties;
  const orientation = port.options.orientation;
  const svg = () => goalTreeToSvg(tree, parties, { lang, orientation, collapsed: port.collapsed });
  await report.run(async () => {
    if (format === 'json')
      downloadFile(JSON.stringify(treeDataset(port), null, 2), fileName(tree.title, 'json'), 'application/json');
    else if (format === 'csv')
      downloadFile(goalTreeToCsv(tree, parties, lang), fileName(tree.title, 'csv'), 'text/csv;charset=utf-8');
    else if (format === 'markdown')
      downloadFile(goalTreeToMarkdown(tree, parties, lang), fileName(tree.title, 'md'), 'text/markdown;charset=utf-8');
    else if (format === 'svg') downloadFile(svg(), fileName(tree.title, 'svg'), 'image/svg+xml');
    else if (format === 'png') downloadFile(await svgToPng(svg()), fileName(tree.title, 'png'), 'image/png');
    else await print(port, format === 'printA3' ? 'A3' : 'A4');
  });
}

const FORMATS: ExportFormat[] = ['json', 'csv', 'markdown', 'svg', 'png', 'printA4', 'printA3'];

/** The buttons of the export menu, and the notice of an export that failed. */
export function renderExportMenu(port: GoalTreePort, report: ExportReport): TemplateResult {
  const t = goalTreePanelMessages[port.lang()];
  return html`<div>${FORMATS.map((f) => html`<button type="button" data-export=${f} @click=${() => exportTree(port, report, f)}>${t[f]}</button>`)}</div>${report.render()}`;
}
