import { css } from 'lit';

/** The join panel: the link, its QR code, and the dialog that shows the code large. */
export const joinStyles = css`
  .join { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 2); margin-block: var(--_space); }
  .join a { overflow-wrap: anywhere; }
  /* A scanner needs dark modules on a light square, in a dark scheme too: the one place with fixed white. */
  .qr { display: block; inline-size: 12rem; max-inline-size: 100%; block-size: auto; background: #fff; }
  .qr path { fill: #000; }
  dialog { border: 0; padding: calc(var(--_space) * 2); max-inline-size: 95vw; max-block-size: 95vh; text-align: center; }
  dialog .qr { inline-size: min(80vh, 80vw); margin-inline: auto; }
  dialog::backdrop { background: rgb(0 0 0 / 0.6); }
`;
