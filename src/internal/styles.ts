import { css } from 'lit';

/**
 * The look every element shares: a sober default that takes NL Design System tokens where a
 * municipality has set them. Each shared token falls back through the theme's common `--basis-*`
 * token, then the older `--utrecht-*` one, then an accessible default; the chains are documented on
 * `SamenspelElement` (and so in the manifest), and a test keeps the two alike. Field colours are defined once here; every view pairs them with a
 * shape or a word, never colour alone.
 */
export const baseStyles = css`
  :host {
    --_font-family: var(--samenspel-font-family, var(--basis-text-font-family-default, var(--utrecht-document-font-family, system-ui, sans-serif)));
    --_color: var(--samenspel-color, var(--basis-color-default-color-document, var(--utrecht-document-color, #1a1a1a)));
    --_background: var(--samenspel-background-color, var(--basis-color-default-bg-document, var(--utrecht-document-background-color, #ffffff)));
    --_muted: var(--samenspel-muted-color, var(--basis-color-default-color-subtle, #595959));
    --_border: var(--samenspel-border-color, var(--basis-color-default-border-default, #8c8c8c));
    --_surface: var(--samenspel-surface-background-color, var(--basis-color-default-bg-subtle, #f3f3f3));
    --_accent: var(--samenspel-accent-color, var(--basis-color-action-1-color-default, var(--utrecht-link-color, #00529c)));
    --_accent-contrast: var(--samenspel-accent-contrast-color, var(--basis-color-action-1-inverse-color-default, #ffffff));
    --_error: var(--samenspel-error-color, var(--basis-color-negative-color-default, #b00020));
    --_warning-background: var(--samenspel-warning-background-color, var(--basis-color-warning-bg-subtle, #fff4ce));
    --_focus: var(--samenspel-focus-outline-color, var(--basis-focus-outline-color, var(--utrecht-focus-outline-color, #000000)));
    --_radius: var(--samenspel-border-radius, var(--basis-border-radius-sm, 4px));
    --_space: var(--samenspel-space, var(--basis-space-inline-md, 0.5rem));
    --_field-zorg: var(--samenspel-field-zorg-color, #b3261e);
    --_field-welzijn: var(--samenspel-field-welzijn-color, #1b6e3a);
    --_field-medisch: var(--samenspel-field-medisch-color, #0b57a4);
    --_field-informeel: var(--samenspel-field-informeel-color, #7a4b00);
    --_field-overig: var(--samenspel-field-overig-color, #5c5c5c);
    display: block;
    font-family: var(--_font-family);
    color: var(--_color);
    background: var(--_background);
    line-height: 1.5;
    box-sizing: border-box;
  }
  :host([hidden]) { display: none; }
  /* Present mode, for a projector: large type and high contrast (secondary text and lines in the text colour). */
  :host([present]) {
    font-size: 1.25rem;
    --_muted: var(--_color);
    --_border: var(--_color);
  }
  *, *::before, *::after { box-sizing: inherit; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  button, input, select, textarea { font: inherit; color: inherit; }
  /* Form controls never push a narrow screen sideways (WCAG 1.4.10 reflow at 320 px). */
  input, select, textarea { max-inline-size: 100%; min-inline-size: 0; }
  button {
    cursor: pointer;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
    min-block-size: 2.25rem;
  }
  button:disabled { cursor: not-allowed; opacity: 0.6; }
  button.primary { background: var(--_accent); color: var(--_accent-contrast); border-color: var(--_accent); }
  a { color: var(--_accent); }
  .visually-hidden {
    position: absolute !important; inline-size: 1px; block-size: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap; margin: -1px; padding: 0; border: 0;
  }
  .status { padding: var(--_space); border-radius: var(--_radius); background: var(--_surface); margin-block: var(--_space); }
  .status.error { border-inline-start: 4px solid var(--_error); }
  .status.warning { border-inline-start: 4px solid #8a6100; background: var(--_warning-background); }
  .status ul { margin: 0; padding-inline-start: 1.25rem; max-block-size: 12rem; overflow: auto; }
  @media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
  @media (forced-colors: active) { button.primary { border: 2px solid ButtonText; } }
  @media print { button { display: none; } }
`;
