/**
 * Registers a custom element without ever throwing: the same class twice is a no-op (the package
 * loaded twice), and a tag already taken by another class logs one clear error.
 */
export function defineElement(tag: string, cls: CustomElementConstructor): void {
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
