/**
 * Every JSON example in docs/ is read as a user would read it after copying it: a whole dataset with
 * `parseDataset`, an HSDS organisation with `parseHsds`, an item of a collection inside a dataset. It
 * must give exactly the issues the text says (an HTML comment just above the example), else none.
 */
import { expect } from '@open-wc/testing';
import { parseDataset, parseHsds, type Issue } from '../../src/sdk/index.js';

const DOCS = [
  'README.md',
  'formats.md',
  'care-network-map.md',
  'cooperation-check.md',
  'data-format.md',
  'embedding.md',
  'goal-tree.md',
  'http-adapter.md',
  'samenspel-data.md',
  'who-is-who.md',
  'carer-route.md',
  'live.md',
];

interface Example {
  file: string;
  json: string;
  fragment?: string;
  issues: string[];
}

function examples(file: string, text: string): Example[] {
  const found: Example[] = [];
  const re =
    /(?:<!--\s*(?:fragment:\s*([\w-]+))?\s*;?\s*(?:issues:\s*([\w\s,-]+?))?\s*-->\s*\n)?```json\n([\s\S]*?)```/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push({
      file,
      fragment: m[1],
      issues: m[2]
        ? m[2]
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
      json: m[3],
    });
  }
  return found;
}

describe('the JSON examples in docs/', () => {
  let all: Example[] = [];

  before(async () => {
    for (const file of DOCS) {
      const response = await fetch(`/docs/${file}`);
      if (response.ok) all = all.concat(examples(file, await response.text()));
    }
  });

  it('are there: at least one complete dataset per tool', () => {
    expect(all.filter((e) => !e.fragment).length).to.be.at.least(5);
  });

  it('each read with exactly the issues the text gives', () => {
    for (const e of all) {
      const value = JSON.parse(e.json) as Record<string, unknown>;
      let issues: Issue[];
      if (e.fragment === 'hsds') issues = parseHsds(value).issues;
      else if (e.fragment) issues = parseDataset({ format: 'samenspel', version: 2, [e.fragment]: [value] }).issues;
      else issues = parseDataset(value).issues;
      expect(
        issues.map((i) => i.code),
        `${e.file}: ${e.json.slice(0, 80)} ${JSON.stringify(issues.map((i) => [i.path, i.code]))}`,
      ).to.deep.equal(e.issues);
    }
  });
});
