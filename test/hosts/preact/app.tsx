// A Preact host: the elements are typed JSX (attributes, `data`/`store` properties, events).
import type {} from 'samenspel/preact';
import { createStore, sampleDataset, type SamenspelChangeEvent } from 'samenspel';

export function Workshop() {
  const data = sampleDataset();
  const changed = (e: SamenspelChangeEvent) => console.log(e.detail.changes.length);
  return (
    <samenspel-data data={data} storage="local">
      <care-network-map
        heading-level={3}
        editable
        onsamenspel-select={(e) => console.log(e.detail.id, e.target.selected)}
      />
      <goal-tree view="outline" orientation="horizontal" editable onsamenspel-change={changed} />
      <cooperation-check mode="results" strong-from={4} onsamenspel-submit={(e) => console.log(e.detail.response.id)} />
      <who-is-who view="graph" store={createStore()} onsamenspel-error={(e) => console.log(e.detail.issues)} />
    </samenspel-data>
  );
}

export const wrong = [
  // @ts-expect-error the view is 'both', 'outline' or 'diagram'
  <goal-tree view="tree" />,
  // @ts-expect-error the heading level is a number
  <care-network-map heading-level="drie" />,
  // @ts-expect-error a misspelt property
  <who-is-who slected="x" />,
  // @ts-expect-error a store is a samenspel Store, not any object
  <goal-tree store={{}} />,
  // @ts-expect-error the handler gets a SamenspelChangeEvent, whose detail has no `foo`
  <goal-tree onsamenspel-change={(e) => e.detail.foo} />,
];
