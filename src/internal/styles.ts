import { css } from 'lit';

/**
 * The look every element shares: a sober default that takes NL Design System tokens where a
 * municipality has set them. Each shared token falls back through the theme's common `--basis-*`
 * token, then the older `--utrecht-*` one, then an accessible default for a light and a dark scheme; the chains are documented on
 * `SamenspelElement` (and so in the manifest), and a test keeps the two alike. Field colours are defined once here; every view pairs them with a
 * shape or a word, never colour alone.
 */
export const baseStyles = css`
  :host {
    /*
     * The scheme the defaults below follow (each is light-dark(light, dark)): the host's choice; else,
     * when a theme sets the document background, the page's scheme — a colour is no scheme, so the
     * declaration is invalid and color-scheme is inherited, and the elements never turn dark inside a light
     * theme; else the reader's preference (prefers-color-scheme).
     */
    --_color-scheme: var(--samenspel-color-scheme, var(--basis-color-default-bg-document, var(--utrecht-document-background-color, light dark)));
    color-scheme: var(--_color-scheme);
    --_font-family: var(--samenspel-font-family, var(--basis-text-font-family-default, var(--utrecht-document-font-family, system-ui, sans-serif)));
    --_color: var(--samenspel-color, var(--basis-color-default-color-document, var(--utrecht-document-color, light-dark(#1a1a1a, #f0f0f0))));
    --_background: var(--samenspel-background-color, var(--basis-color-default-bg-document, var(--utrecht-document-background-color, light-dark(#ffffff, #121212))));
    --_muted: var(--samenspel-muted-color, var(--basis-color-default-color-subtle, light-dark(#595959, #b8b8b8)));
    --_border: var(--samenspel-border-color, var(--basis-color-default-border-default, light-dark(#8c8c8c, #8c8c8c)));
    --_surface: var(--samenspel-surface-background-color, var(--basis-color-default-bg-subtle, light-dark(#f3f3f3, #262626)));
    --_accent: var(--samenspel-accent-color, var(--basis-color-action-1-color-default, var(--utrecht-link-color, light-dark(#00529c, #8cc2ff))));
    --_accent-contrast: var(--samenspel-accent-contrast-color, var(--basis-color-action-1-inverse-color-default, light-dark(#ffffff, #121212)));
    --_error: var(--samenspel-error-color, var(--basis-color-negative-color-default, light-dark(#b00020, #ff8a80)));
    --_warning-background: var(--samenspel-warning-background-color, var(--basis-color-warning-bg-subtle, light-dark(#fff4ce, #3d3100)));
    --_focus: var(--samenspel-focus-outline-color, var(--basis-focus-outline-color, var(--utrecht-focus-outline-color, light-dark(#000000, #f0f0f0))));
    --_radius: var(--samenspel-border-radius, var(--basis-border-radius-sm, 4px));
    --_space: var(--samenspel-space, var(--basis-space-inline-md, 0.5rem));
    --_field-zorg: var(--samenspel-field-zorg-color, light-dark(#b3261e, #ff8a80));
    --_field-welzijn: var(--samenspel-field-welzijn-color, light-dark(#1b6e3a, #6fcf8f));
    --_field-medisch: var(--samenspel-field-medisch-color, light-dark(#0b57a4, #8cc2ff));
    --_field-informeel: var(--samenspel-field-informeel-color, light-dark(#7a4b00, #e6b463));
    --_field-overig: var(--samenspel-field-overig-color, light-dark(#5c5c5c, #b8b8b8));
    --_warning-border: light-dark(#8a6100, #e0b040);
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
  .status.warning { border-inline-start: 4px solid var(--_warning-border); background: var(--_warning-background); }
  .status ul { margin: 0; padding-inline-start: 1.25rem; max-block-size: 12rem; overflow: auto; }
  @media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
  @media (forced-colors: active) { button.primary { border: 2px solid ButtonText; } }
  @media print { button { display: none; } }
`;
