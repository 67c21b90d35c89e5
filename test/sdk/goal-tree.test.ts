import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  deriveGoalTree,
  goalPath,
  indicatorOnTarget,
  layoutGoalTree,
  levelName,
  overviewFolds,
  walkGoalTree,
} from '../../src/sdk/goal-tree.js';
import { generateDataset } from '../../src/sdk/generate.js';
import {
  addChildGoal,
  addSiblingGoal,
  indentGoal,
  moveGoal,
  newGoal,
  outdentGoal,
  removeGoal,
  renameGoal,
  reparentGoal,
  setGoalIndicator,
  setGoalPartners,
  setGoalSteps,
} from '../../src/sdk/goal-tree-edit.js';
import {
  incompleteGoals,
  indicatorShare,
  partnerGoalMatrix,
  rollUpProgress,
} from '../../src/sdk/analysis/goal-tree.js';
import { goalTreeToCsv, goalTreeToMarkdown, goalTreeToSvg } from '../../src/sdk/formats/goal-tree-export.js';
import { parseRecord } from '../../src/sdk/parse.js';
import type { GoalTree } from '../../src/sdk/model.js';
import { smallDataset, smallTree } from './goal-tree-fixtures.js';

const order = (tree: GoalTree) => tree.goals.map((g) => g.id);
const parentOf = (tree: GoalTree, id: string) => tree.goals.find((g) => g.id === id)?.parent;

/** The stored order is depth-first: every goal comes after its parent. */
function isDepthFirst(tree: GoalTree): boolean {
  const seen = new Set<string>();
  return tree.goals.every((g) => {
    const ok = g.parent === undefined || seen.has(g.parent);
    seen.add(g.id);
    return ok;
  });
}

describe('goal tree: deriving', () => {
  it('builds levels, positions and paths from the flat list', () => {
    const { roots, byId } = deriveGoalTree(smallTree());
    expect(roots.map((r) => r.goal.id)).to.deep.equal(['stip']);
    expect(byId.get('sociale-kaart')!.level).to.equal(3);
    expect(byId.get('spreekuur')!.index).to.equal(1);
    expect(goalPath(byId.get('spreekuur')!)).to.deep.equal([
      'Mantelzorgers houden het vol',
      'Mantelzorgers weten waar ze terechtkunnen',
      'Spreekuur in de bibliotheek',
    ]);
    expect([1, 2, 3, 4].map(levelName)).to.deep.equal(['stip', 'subdoel', 'concreet', 'concreet']);
  });

  it('never loses a goal whose parent is missing or that sits in a loop', () => {
    const tree: GoalTree = {
      id: 't',
      title: 'T',
      goals: [
        { id: 'a', parent: 'b', title: 'A', partners: [], steps: [] },
        { id: 'b', parent: 'a', title: 'B', partners: [], steps: [] },
        { id: 'c', parent: 'weg', title: 'C', partners: [], steps: [] },
      ],
    };
    const ids: string[] = [];
    walkGoalTree(deriveGoalTree(tree).roots, (n) => ids.push(n.goal.id));
    expect(ids.sort()).to.deep.equal(['a', 'b', 'c']);
  });
});

describe('goal tree: layout and overview', () => {
  it('puts leaves side by side and centres a parent over its children', () => {
    const { roots } = deriveGoalTree(smallTree());
    const { nodes, breadth, depth } = layoutGoalTree(roots);
    const at = Object.fromEntries(nodes.map((p) => [p.node.goal.id, [p.breadth, p.depth]]));
    expect(at).to.deep.equal({
      stip: [1.25, 0],
      weten: [0.5, 1],
      'sociale-kaart': [0, 2],
      spreekuur: [1, 2],
      ontlasten: [2, 1],
      logeren: [2, 2],
    });
    expect([breadth, depth]).to.deep.equal([3, 3]);
    const folded = layoutGoalTree(roots, (n) => (n.goal.id === 'weten' ? [] : n.children));
    expect(folded.nodes.map((p) => p.node.goal.id)).to.deep.equal(['stip', 'weten', 'ontlasten', 'logeren']);
  });

  it('opens a large tree on the levels that fit in 150 goals, and folds nothing in a small one', () => {
    expect(overviewFolds(deriveGoalTree(smallTree()))).to.deep.equal([]);
    const big = deriveGoalTree(generateDataset({ parties: 20, relations: 0, goals: 1000, seed: 11 }).goalTrees[0]);
    const folds = new Set(overviewFolds(big));
    const visible: string[] = [];
    walkGoalTree(big.roots, (n) => {
      let hidden = false;
      for (let at = n.parent; at; at = at.parent) hidden ||= folds.has(at.goal.id);
      if (!hidden) visible.push(n.goal.id);
    });
    expect(visible.length).to.be.greaterThan(5).and.at.most(150);
    expect(big.roots[0].children.every((c) => visible.includes(c.goal.id))).to.equal(true);
  });
});

describe('goal tree: pure edits', () => {
  it('adds a child at the end and a sibling right after, in depth-first order', () => {
    let tree = addChildGoal(smallTree(), 'weten', newGoal('nieuw', 'Nieuw'));
    expect(order(tree)).to.deep.equal(['stip', 'weten', 'sociale-kaart', 'spreekuur', 'nieuw', 'ontlasten', 'logeren']);
    tree = addSiblingGoal(tree, 'sociale-kaart', newGoal('naast', 'Naast'));
    expect(order(tree).slice(2, 5)).to.deep.equal(['sociale-kaart', 'naast', 'spreekuur']);
    expect(parentOf(tree, 'naast')).to.equal('weten');
  });

  it('refuses what a doelenboom cannot have: a second main goal, a sibling of the main goal, a duplicate id', () => {
    const tree = smallTree();
    expect(addChildGoal(tree, undefined, newGoal('x', 'X'))).to.equal(tree);
    expect(addSiblingGoal(tree, 'stip', newGoal('x', 'X'))).to.equal(tree);
    expect(addChildGoal(tree, 'stip', newGoal('weten', 'X'))).to.equal(tree);
    expect(outdentGoal(tree, 'weten')).to.equal(tree);
    expect(indentGoal(tree, 'weten')).to.equal(tree);
    expect(moveGoal(tree, 'weten', -1)).to.equal(tree);
    expect(renameGoal(tree, 'weten', '   ')).to.equal(tree);
  });

  it('moves, indents and outdents with the subgoals coming along', () => {
    let tree = moveGoal(smallTree(), 'ontlasten', -1);
    expect(order(tree)).to.deep.equal(['stip', 'ontlasten', 'logeren', 'weten', 'sociale-kaart', 'spreekuur']);
    tree = indentGoal(tree, 'weten');
    expect(parentOf(tree, 'weten')).to.equal('ontlasten');
    expect(deriveGoalTree(tree).byId.get('sociale-kaart')!.level).to.equal(4);
    tree = outdentGoal(tree, 'weten');
    expect(parentOf(tree, 'weten')).to.equal('stip');
    expect(order(tree)).to.deep.equal(['stip', 'ontlasten', 'logeren', 'weten', 'sociale-kaart', 'spreekuur']);
  });

  it('re-parents by drag, but never into its own subtree', () => {
    const tree = smallTree();
    expect(reparentGoal(tree, 'weten', 'sociale-kaart')).to.equal(tree);
    expect(parentOf(reparentGoal(tree, 'logeren', 'weten'), 'logeren')).to.equal('weten');
  });

  it('removes a goal with everything below it', () => {
    expect(order(removeGoal(smallTree(), 'weten'))).to.deep.equal(['stip', 'ontlasten', 'logeren']);
  });

  it('sets partners (without duplicates), steps and the indicator', () => {
    let tree = setGoalPartners(smallTree(), 'logeren', ['gemeente', 'gemeente', 'bieb']);
    expect(tree.goals.find((g) => g.id === 'logeren')!.partners).to.deep.equal(['gemeente', 'bieb']);
    tree = setGoalSteps(tree, 'logeren', [{ id: 'x', title: 'Bellen', status: 'open' }]);
    tree = setGoalIndicator(tree, 'sociale-kaart', undefined);
    expect(tree.goals.find((g) => g.id === 'sociale-kaart')).not.to.have.property('indicator');
    expect(smallTree().goals.find((g) => g.id === 'sociale-kaart')!.indicator).not.to.equal(undefined);
  });

  it('keeps every tree valid, depth-first and complete under any sequence of edits (property)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add'), at: fc.nat(), sibling: fc.boolean() }),
      fc.record({ kind: fc.constantFrom('up', 'down', 'indent', 'outdent', 'remove'), at: fc.nat() }),
      fc.record({ kind: fc.constant('drop'), at: fc.nat(), to: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let tree = smallTree();
        let n = 0;
        for (const o of ops) {
          const ids = order(tree);
          if (!ids.length) break;
          const id = ids[o.at % ids.length];
          const before = tree.goals.length;
          if (o.kind === 'add')
            tree = (
              o.sibling
                ? addSiblingGoal
                : (t: GoalTree, p: string, g: ReturnType<typeof newGoal>) => addChildGoal(t, p, g)
            )(tree, id, newGoal(`n${n++}`, 'Nieuw'));
          else if (o.kind === 'up' || o.kind === 'down') tree = moveGoal(tree, id, o.kind === 'up' ? -1 : 1);
          else if (o.kind === 'indent') tree = indentGoal(tree, id);
          else if (o.kind === 'outdent') tree = outdentGoal(tree, id);
          else if (o.kind === 'drop' && 'to' in o) tree = reparentGoal(tree, id, ids[o.to % ids.length]);
          else tree = removeGoal(tree, id);
          if (o.kind !== 'add' && o.kind !== 'remove' && tree.goals.length !== before) return false;
          if (!isDepthFirst(tree)) return false;
          if (tree.goals.filter((g) => g.parent === undefined).length > 1) return false;
        }
        return !!parseRecord('goalTrees', tree, [], []);
      }),
      { numRuns: 150 },
    );
  });
});

describe('goal tree: insights', () => {
  it('lists goals without partners, steps or indicator, below the main goal', () => {
    const missing = incompleteGoals(smallTree());
    expect(missing.noPartners.map((g) => g.id)).to.deep.equal(['spreekuur', 'logeren']);
    expect(missing.noSteps.map((g) => g.id)).to.deep.equal(['weten', 'ontlasten', 'logeren']);
    expect(missing.noIndicator.map((g) => g.id)).to.not.include('stip');
  });

  it('rolls progress up the tree', () => {
    const p = rollUpProgress(smallTree());
    expect(p.get('weten')).to.deep.equal({
      stepsDone: 1,
      stepsTotal: 3,
      indicatorsOnTarget: 1,
      indicatorsMeasured: 1,
      indicatorsTotal: 1,
    });
    expect(p.get('stip')!.stepsTotal).to.equal(3);
    expect(p.get('logeren')!.stepsTotal).to.equal(0);
  });

  it('knows when an indicator is on target, also when lower is better', () => {
    const i = {
      description: 'Wachttijd',
      baseline: 30,
      target: 14,
      readings: [
        { date: '2026-01-01', value: 20 },
        { date: '2026-06-01', value: 12 },
      ],
    };
    expect(indicatorOnTarget(i)).to.equal(true);
    expect(indicatorShare(i)).to.equal(1);
    expect(indicatorOnTarget({ ...i, readings: [] })).to.equal(undefined);
    expect(
      indicatorShare({ description: 'x', baseline: 0, target: 10, readings: [{ date: '2026-01-01', value: 4 }] }),
    ).to.equal(0.4);
  });

  it('makes a partners × subgoals matrix, counting partners of goals below', () => {
    const d = smallDataset();
    const m = partnerGoalMatrix(d.goalTrees[0], d.parties);
    expect(m.goals.map((g) => g.id)).to.deep.equal(['weten', 'ontlasten']);
    expect(m.partners.map((p) => p.id)).to.deep.equal(['gemeente', 'steunpunt', 'bieb']);
    expect(m.cells).to.deep.equal([
      [false, true],
      [true, false],
      [true, false],
    ]);
  });
});

describe('goal tree: exports', () => {
  it('writes one CSV row per goal with its path, formula-safe', () => {
    const d = smallDataset();
    const lines = goalTreeToCsv(d.goalTrees[0], d.parties)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).to.have.length(7);
    expect(lines[0]).to.match(/^id;niveau;soort;pad;doel/);
    expect(lines[3]).to.contain(
      'Mantelzorgers houden het vol > Mantelzorgers weten waar ze terechtkunnen > Sociale kaart is actueel',
    );
    expect(lines[3]).to.contain('Steunpunt Mantelzorg, Bibliotheek');
    expect(lines[6]).to.contain(";'=Logeeropvang");
    expect(lines[6]).not.to.match(/;=Logeer/);
  });

  it('writes a Markdown outline with steps as a checklist, escaping markup', () => {
    const d = smallDataset();
    const md = goalTreeToMarkdown(d.goalTrees[0], d.parties, 'en');
    expect(md).to.contain('# Doelenboom Zuid');
    expect(md).to.contain('- **Mantelzorgers houden het vol** (Main goal)');
    expect(md).to.contain('    - **Sociale kaart is actueel** (Concrete goal)');
    expect(md).to.contain('      - [x] Lijst nalopen (Steunpunt Mantelzorg) — Done');
    expect(md).to.contain(
      'Indicator: Organisaties gecontroleerd [%] — baseline 20; target 90; latest reading 95 (2026-06-01)',
    );
  });

  it('draws an SVG of the whole tree with escaped text and a legend', () => {
    const tree = renameGoal(smallTree(), 'logeren', '<script>alert(1)</script> & meer');
    const svg = goalTreeToSvg(tree, smallDataset().parties, { orientation: 'horizontal' });
    expect(svg.startsWith('<?xml')).to.equal(true);
    expect(svg).not.to.contain('<script>');
    expect(svg).to.contain('&#60;script&#62;');
    expect(svg.match(/<rect x=/g)).to.have.length(6);
    expect(svg.match(/class="c"/g)).to.have.length(5);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
  });
});
