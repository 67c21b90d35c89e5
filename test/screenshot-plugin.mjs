// A screenshot of the test page for tests that need a person to look at the result (present mode on a
// projector): written as PNG to test-screenshots/ (not kept in git). Chromium through puppeteer only.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const DIR = 'test-screenshots';

export function screenshotPlugin() {
  return {
    name: 'samenspel-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'samenspel-screenshot') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`screenshots need puppeteer, not ${session.browser.type}`);
      const name = String(payload?.name ?? '');
      if (!/^[a-z0-9-]{1,60}$/.test(name)) throw new Error(`bad screenshot name ${name}`);
      const page = session.browser.getPage(session.id);
      await mkdir(DIR, { recursive: true });
      const path = join(DIR, `${name}.png`);
      await writeFile(path, await page.screenshot({ type: 'png' }));
      return { path };
    },
  };
}
