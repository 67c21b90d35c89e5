/**
 * Paints an SVG drawing of our own making onto a canvas. The usual way — load the SVG as an image
 * from a blob: or data: URL — is refused by a plain `default-src 'self'` CSP, so the few shapes our
 * exports use are drawn here directly: rect, line, path, circle, polygon and text (with tspans), styled
 * by presentation attributes and simple `tag` / `.class` rules of the drawing's own `<style>`.
 */

type Style = Record<string, string>;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The rules of a `<style>` as [selector, declarations], in source order. */
function rules(css: string): [string, Style][] {
  const out: [string, Style][] = [];
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const style: Style = {};
    for (const decl of body.split(';')) {
      const i = decl.indexOf(':');
      if (i > 0) style[decl.slice(0, i).trim()] = decl.slice(i + 1).trim();
    }
    for (const s of selectors.split(',')) out.push([s.trim(), style]);
  }
  return out;
}

const STYLE = /<style>([^<]*)<\/style>/g;

/**
 * The drawing parsed without touching the page (no scripts run, nothing is fetched), and the rules of
 * its `<style>`, taken out first: the parsed document inherits the page's CSP, which refuses inline styles.
 */
function parse(svg: string): { root: Element; sheet: [string, Style][] } {
  const sheet = rules([...svg.matchAll(STYLE)].map((m) => m[1]).join('\n'));
  const root = new DOMParser().parseFromString(svg.replace(STYLE, ''), 'image/svg+xml').documentElement;
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg') throw new Error('not an SVG drawing');
  return { root, sheet };
}

const num = (v: string | null | undefined, base = 0) => {
  if (!v) return 0;
  return v.endsWith('%') ? (parseFloat(v) / 100) * base : parseFloat(v) || 0;
};

/** Draws `svg` into a new canvas at `scale` times its size. */
export function svgToCanvas(svg: string, scale = 2): HTMLCanvasElement {
  const { root, sheet } = parse(svg);
  const width = num(root.getAttribute('width'));
  const height = num(root.getAttribute('height'));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.scale(scale, scale);

  /** CSS wins over presentation attributes; a class rule over a tag rule; inherited from the parent. */
  const styleOf = (el: Element, inherited: Style): Style => {
    const own: Style = {};
    for (const a of [
      'fill',
      'stroke',
      'stroke-width',
      'font-size',
      'font-weight',
      'font-family',
      'text-anchor',
      'stroke-dasharray',
      'opacity',
    ]) {
      const v = el.getAttribute(a);
      if (v !== null) own[a] = v;
    }
    const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    for (const [sel, decls] of sheet) if (sel === el.localName) Object.assign(own, decls);
    for (const [sel, decls] of sheet)
      if (sel.startsWith('.') && classes.includes(sel.slice(1))) Object.assign(own, decls);
    return { ...inherited, ...own };
  };

  /** Fills and strokes a shape: a Path2D, or one traced on the context by the function. */
  const paint = (s: Style, shape: Path2D | (() => void)) => {
    const path = shape instanceof Path2D ? shape : undefined;
    ctx.save();
    ctx.globalAlpha = s.opacity ? parseFloat(s.opacity) : 1;
    ctx.beginPath();
    if (!path) (shape as () => void)();
    if (s.fill !== 'none') {
      ctx.fillStyle = s.fill ?? '#000';
      if (path) ctx.fill(path);
      else ctx.fill();
    }
    if (s.stroke && s.stroke !== 'none') {
      ctx.strokeStyle = s.stroke;
      ctx.lineWidth = num(s['stroke-width'] ?? '1');
      ctx.setLineDash(s['stroke-dasharray'] ? s['stroke-dasharray'].split(/[\s,]+/).map(Number) : []);
      if (path) ctx.stroke(path);
      else ctx.stroke();
    }
    ctx.restore();
  };

  const text = (el: Element, s: Style) => {
    let x = num(el.getAttribute('x'));
    let y = num(el.getAttribute('y'));
    const runs: { x: number; y: number; text: string; style: Style }[] = [];
    const collect = (node: Node, style: Style) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) runs.push({ x, y, text: child.textContent ?? '', style });
        else if (child instanceof Element && child.localName === 'tspan') {
          if (child.hasAttribute('x')) x = num(child.getAttribute('x'));
          if (child.hasAttribute('y')) y = num(child.getAttribute('y'));
          y += num(child.getAttribute('dy'));
          collect(child, styleOf(child, style));
        }
      }
    };
    collect(el, s);
    for (const r of runs) {
      const value = r.style['text-transform'] === 'uppercase' ? r.text.toUpperCase() : r.text;
      if (!value.trim()) continue;
      ctx.save();
      ctx.font = `${r.style['font-weight'] ?? 'normal'} ${num(r.style['font-size'] ?? '16')}px ${r.style['font-family'] ?? 'sans-serif'}`;
      ctx.textAlign =
        r.style['text-anchor'] === 'middle' ? 'center' : r.style['text-anchor'] === 'end' ? 'right' : 'left';
      ctx.fillStyle = r.style.fill && r.style.fill !== 'none' ? r.style.fill : '#000';
      ctx.fillText(value, r.x, r.y);
      ctx.restore();
    }
  };

  const walk = (el: Element, inherited: Style) => {
    for (const child of el.children) {
      const s = styleOf(child, inherited);
      const a = (name: string, base = 0) => num(child.getAttribute(name), base);
      switch (child.localName) {
        case 'g':
          walk(child, s);
          break;
        case 'rect':
          paint(s, () => ctx.roundRect(a('x', width), a('y', height), a('width', width), a('height', height), a('rx')));
          break;
        case 'circle':
          paint(s, () => ctx.arc(a('cx'), a('cy'), a('r'), 0, 2 * Math.PI));
          break;
        case 'line':
          paint({ ...s, fill: 'none' }, () => {
            ctx.moveTo(a('x1'), a('y1'));
            ctx.lineTo(a('x2'), a('y2'));
          });
          break;
        case 'polygon':
          paint(s, () => {
            const p = (child.getAttribute('points') ?? '')
              .trim()
              .split(/[\s,]+/)
              .map(Number);
            for (let i = 0; i + 1 < p.length; i += 2) ctx.lineTo(p[i], p[i + 1]);
            ctx.closePath();
          });
          break;
        case 'path':
          paint(s, new Path2D(child.getAttribute('d') ?? ''));
          break;
        case 'text':
          text(child, s);
          break;
        default:
          break; // title, desc, style, defs: nothing to paint
      }
    }
  };
  walk(root, { fill: '#000' });
  return canvas;
}

/** The drawing as a PNG file. */
export function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const canvas = svgToCanvas(svg, scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/png'),
  );
}
