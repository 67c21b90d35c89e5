import { expect } from '@open-wc/testing';
import { analyzeCareNetwork, sampleDataset, type CareNetwork } from '../../src/sdk/index.js';

const base: CareNetwork = { id: 'n', name: 'N', carer: 'c', caredFor: 'z', members: [], relations: [] };
const rel = (id: string, source: string, target: string) => ({ id, source, target, kind: 'werkt-samen' as const });

describe('care network analysis', () => {
  it('finds every gap in an empty network and counts zero per ring', () => {
    const { insights } = analyzeCareNetwork(base);
    expect(insights.map((i) => i.kind)).to.deep.equal([
      'empty-field',
      'empty-field',
      'empty-field',
      'empty-field',
      'no-regiehouder',
      'empty-own-network',
      'ring-count',
      'ring-count',
      'ring-count',
    ]);
    expect(insights.filter((i) => i.kind === 'ring-count').map((i) => (i as { count: number }).count)).to.deep.equal([
      0, 0, 0,
    ]);
  });

  it('names a field whose members have no tie to another field, and the pairs of fields that are connected', () => {
    const net: CareNetwork = {
      ...base,
      members: [
        { party: 'a', ring: 'eigen-netwerk', field: 'informeel' },
        { party: 'b', ring: 'dichtbij', field: 'zorg', regiehouder: true },
        { party: 'd', ring: 'dichtbij', field: 'medisch' },
        { party: 'e', ring: 'op-afstand', field: 'welzijn' },
      ],
      relations: [rel('r1', 'a', 'b'), rel('r2', 'd', 'b'), rel('r3', 'e', 'c')],
    };
    const result = analyzeCareNetwork(net);
    expect(result.insights.filter((i) => i.kind !== 'ring-count')).to.deep.equal([
      { kind: 'unconnected-field', field: 'welzijn' },
    ]);
    expect(result.connectedFields).to.deep.equal([
      ['informeel', 'zorg'],
      ['zorg', 'medisch'],
    ]);
    expect(result.regiehouder).to.equal('b');
    expect(result.rings).to.deep.equal({ 'eigen-netwerk': 1, dichtbij: 2, 'op-afstand': 1 });
  });

  it('sees when everything runs through one person', () => {
    const net: CareNetwork = {
      ...base,
      members: ['a', 'b', 'd'].map((party) => ({ party, ring: 'dichtbij' as const, field: 'zorg' as const })),
      relations: [rel('r1', 'a', 'c'), rel('r2', 'c', 'b'), rel('r3', 'd', 'c')],
    };
    expect(analyzeCareNetwork(net).insights).to.deep.include({
      kind: 'single-hub',
      party: 'c',
      relations: 3,
      total: 3,
    });
    expect(
      analyzeCareNetwork({ ...net, relations: [...net.relations, rel('r4', 'a', 'b')] }).insights.some(
        (i) => i.kind === 'single-hub',
      ),
    ).to.equal(false);
  });

  it('reads the sample networks: Ans has a regiehouder, Samira has none and no welfare', () => {
    const [ans, samira] = sampleDataset().careNetworks;
    expect(analyzeCareNetwork(ans).insights.some((i) => i.kind === 'no-regiehouder')).to.equal(false);
    const kinds = analyzeCareNetwork(samira).insights.map((i) => ('field' in i ? `${i.kind}:${i.field}` : i.kind));
    expect(kinds).to.include.members(['no-regiehouder', 'empty-field:welzijn']);
  });
});
