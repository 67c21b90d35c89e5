/** Exporting `<carer-route>`: CSV of both versions, the route as a samenspel file (JSON), the swimlane picture as SVG or PNG, and print. Nothing leaves the browser. */
import { downloadFile, fileName } from '../../internal/download.js';
import { svgToPng } from '../../internal/svg-canvas.js';
import { SamenspelErrorEvent } from '../../events/events.js';
import { routeDocument, routeToCsv } from '../../sdk/formats/route-export.js';
import type { RouteVersion } from '../../sdk/route-model.js';
import { EXPORT_STYLE } from './carer-route.swimlane.js';
import type { CarerRouteHost } from './carer-route.host.js';

/** The picture of one version as a file of its own: the drawing as shown, with its look in a `<style>`. */
export function pictureSvg(host: CarerRouteHost, version: RouteVersion): string {
  const drawing = host.shadowRoot?.querySelector(`svg[data-version="${version}"]`);
  if (!drawing) throw new Error('no picture');
  const text = new XMLSerializer().serializeToString(drawing).replace(/<!--[^]*?-->/g, '');
  const open = text.indexOf('>') + 1;
  return `${text.slice(0, open)}<style>${EXPORT_STYLE}</style>${text.slice(open)}`;
}

/** Makes one export and offers it as a download (or prints); a failure is announced and sent as `samenspel-error`. */
export async function exportRoute(
  host: CarerRouteHost,
  format: 'csv' | 'json' | 'svg' | 'png' | 'print',
  version: RouteVersion = 'current',
): Promise<void> {
  const route = host.carerRoute;
  if (!route) return;
  const t = host.t;
  const name = (ext: string) =>
    fileName(format === 'csv' || format === 'json' ? route.title : `${route.title} ${t.version[version]}`, ext);
  try {
    if (format === 'csv')
      downloadFile(routeToCsv(route, host.snapshot.parties, host.language), name('csv'), 'text/csv;charset=utf-8');
    else if (format === 'json')
      downloadFile(JSON.stringify(routeDocument(host.snapshot, route), null, 2), name('json'), 'application/json');
    else if (format === 'svg') downloadFile(pictureSvg(host, version), name('svg'), 'image/svg+xml');
    else if (format === 'png') downloadFile(await svgToPng(pictureSvg(host, version)), name('png'), 'image/png');
    else window.print();
  } catch {
    const nl = (await import('../../translations/carer-route.js')).nl.exportFailed;
    const en = (await import('../../translations/carer-route.en.js')).en.exportFailed;
    host.announce(host.language === 'en' ? en : nl);
    host.dispatchEvent(
      new SamenspelErrorEvent({
        during: 'export',
        issues: [{ path: '$', severity: 'error', code: 'export-failed', message: { nl, en } }],
      }),
    );
  }
}
