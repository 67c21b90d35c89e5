/**
 * Prints the page in landscape. `@page` only works in the document's styles, so the rule goes in
 * through a constructed stylesheet (a strict CSP allows it, unlike a <style> element) and is taken
 * away after printing, when `after` runs too.
 */
export function printLandscape(size: 'A4' | 'A3' = 'A4', after?: () => void): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@page { size: ${size} landscape; margin: 10mm; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const restore = () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    after?.();
  };
  window.addEventListener('afterprint', restore, { once: true });
  window.print();
}
