import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { DEV_MODE } from './dev.js';

/**
 * Sets CSS properties through the CSSOM (`element.style.setProperty`), never as a `style` attribute
 * string, so it works under a Content-Security-Policy without `style-src 'unsafe-inline'` (Lit's
 * `styleMap` writes the attribute on its first render). The one way the elements set a style from
 * data: `style=${cssProps({ left: '12px' })}`; `px()` turns numbers into pixel lengths.
 */
class CssPropsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    // A mistake in samenspel's own templates, which its tests run into: checked in the development build only.
    if (DEV_MODE && (part.type !== PartType.ATTRIBUTE || part.name !== 'style'))
      throw new Error('cssProps() belongs in a style attribute');
  }

  render(_props: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props))
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);

/** Pixel lengths for `cssProps`: `{ left: 12 }` → `{ left: '12px' }`. */
export function px(lengths: Readonly<Record<string, number>>): Record<string, string> {
  const props: Record<string, string> = {};
  for (const key in lengths) props[key] = `${lengths[key]}px`;
  return props;
}
