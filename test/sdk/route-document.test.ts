import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDataset, routeDocument, sampleDataset } from '../../src/sdk/index.js';
import { datasetArb } from './arbitraries.js';

describe('routes: a route as a samenspel file of its own', () => {
  it('writes the sample route with the parties it names, and reads it back without an issue, unchanged', () => {
    const data = sampleDataset();
    const route = data.routes[0];
    const doc = routeDocument(data, route);
    const named = new Set([
      ...route.lanes.flatMap((l) => (l.party ? [l.party] : [])),
      ...[...route.current, ...route.desired].flatMap((s) =>
        (s.annotations ?? []).flatMap((a) => (a.owner ? [a.owner] : [])),
      ),
    ]);
    expect(doc.parties.map((p) => p.id).sort()).to.deep.equal([...named].sort());
    const back = parseDataset(JSON.stringify(doc));
    expect(back.issues).to.deep.equal([]);
    expect(back.dataset.routes).to.deep.equal([route]);
    expect(back.dataset.title).to.equal(route.title);
  });

  it('round-trips every route of any valid dataset through JSON', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        for (const route of d.routes) {
          const back = parseDataset(JSON.stringify(routeDocument(d, route)));
          expect(back.issues).to.deep.equal([]);
          expect(back.dataset.routes).to.deep.equal([route]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
