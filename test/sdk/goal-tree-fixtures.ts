import { emptyDataset, type Dataset, type GoalTree } from '../../src/sdk/model.js';

/** A small doelenboom on three levels, with partners, steps and an indicator. */
export function smallTree(): GoalTree {
  return {
    id: 'boom',
    title: 'Doelenboom Zuid',
    goals: [
      { id: 'stip', title: 'Mantelzorgers houden het vol', partners: ['gemeente'], steps: [] },
      {
        id: 'weten',
        parent: 'stip',
        title: 'Mantelzorgers weten waar ze terechtkunnen',
        partners: ['steunpunt'],
        steps: [],
      },
      {
        id: 'sociale-kaart',
        parent: 'weten',
        title: 'Sociale kaart is actueel',
        partners: ['steunpunt', 'bieb'],
        steps: [
          { id: 's1', title: 'Lijst nalopen', owner: 'steunpunt', status: 'klaar' },
          { id: 's2', title: 'Online zetten', due: '2026-12-01', status: 'bezig' },
        ],
        indicator: {
          description: 'Organisaties gecontroleerd',
          unit: '%',
          baseline: 20,
          target: 90,
          readings: [{ date: '2026-06-01', value: 95 }],
        },
      },
      {
        id: 'spreekuur',
        parent: 'weten',
        title: 'Spreekuur in de bibliotheek',
        partners: [],
        steps: [{ id: 's3', title: 'Ruimte regelen', status: 'open' }],
      },
      { id: 'ontlasten', parent: 'stip', title: 'Ontlasten met respijtzorg', partners: ['gemeente'], steps: [] },
      { id: 'logeren', parent: 'ontlasten', title: '=Logeeropvang binnen twee weken', partners: [], steps: [] },
    ],
  };
}

/** A dataset with the small tree and its parties. */
export function smallDataset(): Dataset {
  return {
    ...emptyDataset('Zuid'),
    parties: [
      { id: 'gemeente', name: 'Gemeente Zuid', kind: 'organisatie', field: 'welzijn' },
      { id: 'steunpunt', name: 'Steunpunt Mantelzorg', kind: 'organisatie', field: 'welzijn' },
      { id: 'bieb', name: 'Bibliotheek', kind: 'organisatie', field: 'overig' },
    ],
    goalTrees: [smallTree()],
  };
}
