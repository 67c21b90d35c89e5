/**
 * Printing a tool, one rule for every tool: a wide picture (the network map, the goal tree, a route's
 * swimlanes) goes on landscape paper; a list or a report (who-is-who's list, the check's results, a
 * route shown as text only) on the paper the browser offers (portrait unless the user chose otherwise).
 */
export type PrintContent = 'picture' | 'list';

export interface PrintOptions {
  /** The paper of a picture. */
  size?: 'A4' | 'A3';
  /** Runs after printing (to undo what was changed for the print only). */
  after?: () => void;
}

/**
 * Prints the page. `@page` only works in the document's styles, so a picture's rule goes in through a
 * constructed stylesheet (a strict CSP allows it, unlike a <style> element) and is taken away after printing.
 */
export function printPage(content: PrintContent, { size = 'A4', after }: PrintOptions = {}): void {
  const sheet = content === 'picture' ? new CSSStyleSheet() : undefined;
  if (sheet) {
    sheet.replaceSync(`@page { size: ${size} landscape; margin: 10mm; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const restore = () => {
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    after?.();
  };
  window.addEventListener('afterprint', restore, { once: true });
  window.print();
}
