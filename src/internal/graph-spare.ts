/**
 * A Cytoscape instance whose element left the page, kept a few seconds for the next element of the same
 * tool. Frameworks make elements anew on a route change, and hosts show another network in a new element;
 * taking over an instance skips making one: its canvases, its stylesheet and its caches, a third of the
 * time a map of 60 members takes to show.
 */
import type { Core } from 'cytoscape';

/** How long an instance waits for a new element. */
const KEPT_MS = 3000;

interface Spare {
  tool: string;
  cy: Core;
  /** The stylesheet it was drawn with, as JSON. */
  sheet: string;
  /** The parent of Cytoscape's container, moved from container to container: Cytoscape destroys itself when
   *  its container is taken out of its parent. */
  holder: HTMLElement;
  timer: ReturnType<typeof setTimeout>;
}

let spare: Spare | undefined;

/** What a new instance draws in: an element filling `container`, in a holder that moves with it. */
export function newStage(container: HTMLElement): HTMLElement {
  const holder = document.createElement('div');
  const stage = document.createElement('div');
  for (const el of [holder, stage]) {
    el.style.setProperty('position', 'absolute');
    el.style.setProperty('inset', '0');
  }
  holder.append(stage);
  container.append(holder);
  return stage;
}

/** Keeps `cy`, emptied and out of the page, for the next element of `tool` (the one kept before is destroyed). */
export function park(tool: string, cy: Core, sheet: string): void {
  spare?.cy.destroy();
  const holder = cy.container()!.parentElement!;
  cy.elements().remove();
  holder.remove();
  spare = { tool, cy, sheet, holder, timer: setTimeout(() => destroySpare(cy), KEPT_MS) };
}

/** The kept instance of `tool`, moved into `container`; undefined when there is none. */
export function takeSpare(tool: string, container: HTMLElement): { cy: Core; sheet: string } | undefined {
  const taken = spare;
  if (!taken || taken.tool !== tool || taken.cy.destroyed()) return undefined;
  clearTimeout(taken.timer);
  spare = undefined;
  container.append(taken.holder);
  return taken;
}

function destroySpare(cy: Core): void {
  if (spare?.cy !== cy) return;
  spare = undefined;
  cy.destroy();
}
