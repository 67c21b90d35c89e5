import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  NETWORK_FIELDS,
  RINGS,
  boxesOverlap,
  cellAt,
  layoutCareNetwork,
  type NetworkMember,
} from '../../src/sdk/index.js';

const member = fc.record({ ring: fc.constantFrom(...RINGS), field: fc.constantFrom(...NETWORK_FIELDS) });
const network = (rows: { ring: NetworkMember['ring']; field: NetworkMember['field'] }[]) => ({
  carer: 'carer',
  caredFor: 'naaste',
  members: rows.map((r, i) => ({ party: `p${i}`, ...r })),
});

function allBoxes(layout: ReturnType<typeof layoutCareNetwork>) {
  return [...Object.values(layout.boxes), ...layout.rings.map((r) => r.label), ...layout.sectors.map((s) => s.label)];
}

describe('care network layout', () => {
  it('places no two nodes, labels, ring names or field names on top of each other, up to 60 members', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 60 }), (rows) => {
        const boxes = allBoxes(layoutCareNetwork(network(rows)));
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++)
            expect(boxesOverlap(boxes[i], boxes[j]), `${i} × ${j}`).to.equal(false);
      }),
      { numRuns: 150 },
    );
  });

  it('also fits 60 members crowded into one ring and field', () => {
    const rows = Array.from({ length: 60 }, () => ({ ring: 'dichtbij' as const, field: 'medisch' as const }));
    const layout = layoutCareNetwork(network(rows));
    const boxes = allBoxes(layout);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i], boxes[j])).to.equal(false);
    expect(Object.keys(layout.positions)).to.have.length(62);
  });

  it('gives the same positions for the same input', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 60 }), (rows) => {
        expect(layoutCareNetwork(network(rows))).to.deep.equal(layoutCareNetwork(network(rows.map((r) => ({ ...r })))));
      }),
      { numRuns: 50 },
    );
  });

  it('puts every member inside its own ring and sector, and the carer and naaste in the centre', () => {
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 60 }), (rows) => {
        const layout = layoutCareNetwork(network(rows));
        rows.forEach((r, i) => expect(cellAt(layout, layout.positions[`p${i}`])).to.deep.equal(r));
        expect(cellAt(layout, layout.positions.carer)).to.equal(undefined);
        expect(cellAt(layout, layout.positions.naaste)).to.equal(undefined);
      }),
      { numRuns: 100 },
    );
  });

  it('sizes sectors by how many members a field has, and keeps a sector for an empty field', () => {
    const rows = [
      ...Array.from({ length: 12 }, () => ({ ring: 'dichtbij' as const, field: 'zorg' as const })),
      ...Array.from({ length: 4 }, () => ({ ring: 'op-afstand' as const, field: 'medisch' as const })),
      { ring: 'eigen-netwerk' as const, field: 'informeel' as const },
    ];
    const sweep = Object.fromEntries(layoutCareNetwork(network(rows)).sectors.map((s) => [s.field, s.end - s.start]));
    expect(sweep.zorg).to.be.greaterThan(sweep.medisch);
    expect(sweep.medisch).to.be.greaterThan(sweep.informeel);
    expect(sweep.welzijn).to.be.greaterThan(0);
    expect(Object.values(sweep).reduce((a, b) => a + b, 0)).to.be.closeTo(2 * Math.PI, 1e-9);
  });

  it('draws three rings from the centre outwards, also for an empty network', () => {
    const layout = layoutCareNetwork(network([]));
    expect(layout.rings.map((r) => r.ring)).to.deep.equal([...RINGS]);
    expect(layout.rings[0].inner).to.equal(layout.centre);
    for (let i = 1; i < 3; i++) expect(layout.rings[i].inner).to.equal(layout.rings[i - 1].outer);
    expect(Object.keys(layout.positions).sort()).to.deep.equal(['carer', 'naaste']);
  });
});
