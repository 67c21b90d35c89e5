import { ContextRoot } from '@lit/context';

const ROOT = Symbol.for('samenspel.context-root');

/**
 * Lets a `<samenspel-data>` that is defined (or added) after the tools inside it still reach them:
 * the tools' context requests wait at the document until a provider appears. Needed because a page
 * may load `elements/<tag>.js` before `samenspel.js`, and a bundle may run registrations in any order.
 */
function attachContextRoot(): void {
  const g = globalThis as { [ROOT]?: boolean };
  if (g[ROOT] || typeof document === 'undefined') return;
  g[ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Registers a custom element without ever throwing: the same class twice is a no-op (the package
 * loaded twice), and a tag already taken by another class logs one clear error.
 */
export function defineElement(tag: string, cls: CustomElementConstructor): void {
  attachContextRoot();
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, cls);
  } else if (existing !== cls && (existing as { samenspelTag?: string }).samenspelTag !== tag) {
    console.error(
      `samenspel: <${tag}> is already defined by another script, so samenspel's <${tag}> was not registered. ` +
        `Import the class from 'samenspel/classes' and register it under another name.`,
    );
  }
}
