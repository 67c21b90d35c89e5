/** Exporting `<carer-route>`: CSV of both versions, the route as a samenspel file (JSON), the swimlane picture as SVG or PNG, and print. Nothing leaves the browser. */
import { downloadFile, fileName } from '../../internal/download.js';
import { svgToPng } from '../../internal/svg-canvas.js';
import { printPage } from '../../internal/print.js';
import { routeDocument, routeToCsv } from '../../sdk/formats/route-export.js';
import type { RouteVersion } from '../../sdk/route-model.js';
import type { RoutePort } from './carer-route.port.js';

/** The picture's look in an exported file, which has no page styles: plain tag and class rules, in the light scheme of paper. */
const EXPORT_STYLE = `text{font-family:system-ui,sans-serif;font-size:12px;fill:#1a1a1a}
.title{font-size:14px;font-weight:700}.band{fill:#ffffff}.odd{fill:#f3f3f3}.lane{font-weight:700}.lane-sub{font-size:11px;fill:#595959}
.box{fill:#ffffff;stroke:#595959;stroke-width:1}.no-owner{stroke-dasharray:4 3}.facts{font-size:11px;fill:#595959}
.arrow{fill:none;stroke:#595959;stroke-width:1.5}.warm{stroke-width:3}.cold{stroke-dasharray:6 4}.head{fill:#595959;stroke:none}
.arrow-label{font-size:11px;font-weight:700}.mark{fill:#ffffff;stroke:#1a1a1a;stroke-width:1}.mark-text{font-size:10px;font-weight:700}`;

/** The picture of one version (`svg[data-version]`) as a file of its own: the drawing as shown, with its look in a `<style>`. */
export function pictureSvg(drawing: Element | null): string {
  if (!drawing) throw new Error('no picture');
  const text = new XMLSerializer().serializeToString(drawing).replace(/<!--[^]*?-->/g, '');
  const open = text.indexOf('>') + 1;
  return `${text.slice(0, open)}<style>${EXPORT_STYLE}</style>${text.slice(open)}`;
}

/** Makes one export and offers it as a download (or prints); throws when it cannot be made. */
export async function exportRoute(
  port: RoutePort,
  format: 'csv' | 'json' | 'svg' | 'png' | 'print',
  version: RouteVersion = 'current',
): Promise<void> {
  const route = port.options.route;
  if (!route) return;
  const t = port.t();
  const picture = () => pictureSvg(port.query(`svg[data-version="${version}"]`));
  const name = (ext: string) =>
    fileName(format === 'csv' || format === 'json' ? route.title : `${route.title} ${t.version[version]}`, ext);
  if (format === 'csv')
    downloadFile(routeToCsv(route, port.snapshot.parties, port.lang()), name('csv'), 'text/csv;charset=utf-8');
  else if (format === 'json')
    downloadFile(JSON.stringify(routeDocument(port.snapshot, route), null, 2), name('json'), 'application/json');
  else if (format === 'svg') downloadFile(picture(), name('svg'), 'image/svg+xml');
  else if (format === 'png') downloadFile(await svgToPng(picture()), name('png'), 'image/png');
  // With the swimlanes it is a wide picture; a route shown as text only is a list.
  else printPage(port.query('.picture') ? 'picture' : 'list');
}
