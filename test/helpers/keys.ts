import { sendKeys } from '@web/test-runner-commands';

/** Presses a key, or a chord like `Alt+ArrowDown` or `Control+Shift+KeyZ`: modifiers held, the key pressed, modifiers released. */
export async function pressChord(chord: string): Promise<void> {
  const keys = chord.split(/\+(?!$)/);
  const key = keys.pop()!;
  for (const m of keys) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of keys.reverse()) await sendKeys({ up: m });
}

/** Presses a key or chord in an element, then waits for it to render what followed. */
export async function pressOn(el: { updateComplete: Promise<unknown> }, chord: string): Promise<void> {
  await pressChord(chord);
  await el.updateComplete;
}

/** Types text into whatever has the focus in an element, then waits for it to render what followed. */
export async function typeOn(el: { updateComplete: Promise<unknown> }, text: string): Promise<void> {
  await sendKeys({ type: text });
  await el.updateComplete;
}
