import type { Core } from 'cytoscape';
import type { Dataset } from '../../sdk/model.js';
import { partiesToCsv } from '../../sdk/formats/parties-csv.js';
import { toHsds } from '../../sdk/formats/hsds.js';
import { downloadFile, fileName } from '../../internal/download.js';
import { fieldShapePath } from '../../internal/field-style.js';
import type { Field } from '../../sdk/model.js';
import { DEFAULT_GRAPH_THEME, type GraphTheme } from '../../internal/graph-view.js';

export type ExportFormat = 'json' | 'csv' | 'hsds' | 'png' | 'svg';

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The visible graph as an SVG document: shapes in the theme's field colours, names, and the relations as lines. */
export function graphToSvg(cy: Core, title: string, theme: GraphTheme = DEFAULT_GRAPH_THEME): string {
  const c = theme;
  const nodes = cy.nodes(':visible');
  const box = nodes.boundingBox({});
  const pad = 40;
  const w = Math.max(1, Math.round(box.w + pad * 2));
  const h = Math.max(1, Math.round(box.h + pad * 2));
  const x = (v: number) => (v - box.x1 + pad).toFixed(1);
  const y = (v: number) => (v - box.y1 + pad).toFixed(1);
  const lines = cy.edges(':visible').map((e) => {
    const s = e.source().position();
    const t = e.target().position();
    return `<line x1="${x(s.x)}" y1="${y(s.y)}" x2="${x(t.x)}" y2="${y(t.y)}"/>`;
  });
  const shapes = nodes.map((n) => {
    const p = n.position();
    const field = n.data('field') as Field;
    const name = escapeXml(String(n.data('name')));
    return (
      `<g><title>${name}</title><path fill="${c.fields[field]}" stroke="${c.background}" d="${fieldShapePath(field, Number(x(p.x)), Number(y(p.y)), 9)}"/>` +
      `<text x="${x(p.x)}" y="${(Number(y(p.y)) + 22).toFixed(1)}">${name}</text></g>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title><rect width="100%" height="100%" fill="${c.background}"/>` +
    `<g stroke="${c.border}" stroke-opacity="0.6">${lines.join('')}</g>` +
    `<g font-family="system-ui, sans-serif" font-size="10" text-anchor="middle" fill="${c.text}">${shapes.join('')}</g></svg>`
  );
}

/** Offers the data or the picture as a file. PNG and SVG need the graph to have been drawn. */
export async function exportAs(
  format: ExportFormat,
  dataset: Dataset,
  title: string,
  cy?: Core,
  theme: GraphTheme = DEFAULT_GRAPH_THEME,
): Promise<void> {
  switch (format) {
    case 'json':
      return downloadFile(JSON.stringify(dataset, null, 2), fileName(title, 'json'), 'application/json');
    case 'csv':
      return downloadFile(partiesToCsv(dataset), fileName(title, 'csv'), 'text/csv;charset=utf-8');
    case 'hsds':
      return downloadFile(
        JSON.stringify(toHsds(dataset), null, 2),
        fileName(`${title}-hsds`, 'json'),
        'application/json',
      );
    case 'svg':
      if (cy) downloadFile(graphToSvg(cy, title, theme), fileName(title, 'svg'), 'image/svg+xml');
      return;
    case 'png':
      if (cy)
        downloadFile(
          await cy.png({
            output: 'blob-promise',
            full: true,
            bg: theme.background,
            scale: 2,
            maxWidth: 8000,
            maxHeight: 8000,
          }),
          fileName(title, 'png'),
          'image/png',
        );
      return;
  }
}
