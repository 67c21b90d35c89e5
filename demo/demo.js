// Gives the page's <samenspel-data> the SDK's sample dataset. A municipal site would set `src` to
// its own JSON file instead, or give a `store` that saves somewhere; this demo keeps everything in
// the browser's memory.
import * as samenspel from '/dist/samenspel.js';

const provider = document.querySelector('samenspel-data');
if (provider) {
  if (typeof samenspel.sampleDataset === 'function') {
    provider.data = samenspel.sampleDataset();
  } else {
    console.warn('samenspel: this build has no sampleDataset(); the tools start empty.');
  }
}
// In a live room (as `npm start` serves the demo) each window is a visitor of its own in the status line.
if (provider?.hasAttribute('room') && !provider.userName) {
  provider.userName = `Bezoeker ${Math.floor(Math.random() * 90 + 10)}`;
}
