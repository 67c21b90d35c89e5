import { sendKeys } from '@web/test-runner-commands';

/** Presses a key, or a chord like `Alt+ArrowDown` or `Control+Shift+KeyZ`: modifiers held, the key pressed, modifiers released. */
export async function pressChord(chord: string): Promise<void> {
  const keys = chord.split(/\+(?!$)/);
  const key = keys.pop()!;
  for (const m of keys) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of keys.reverse()) await sendKeys({ up: m });
}
