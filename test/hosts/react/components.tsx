// A React host on the generated components (`samenspel/react`, React 18 and 19): camelCase props and
// `onSamenspelChange`-style event props, which TypeScript checks (it never checks a hyphenated name).
import { useRef } from 'react';
import { CareNetworkMap, CooperationCheck, GoalTree, SamenspelData, WhoIsWho } from 'samenspel/react';
import { createStore, sampleDataset, type GoalTreeElement, type SamenspelChangeEvent } from 'samenspel';

export function Workshop() {
  const tree = useRef<GoalTreeElement>(null);
  const changed = (e: SamenspelChangeEvent) => console.log(e.detail.changes.length);
  return (
    <SamenspelData data={sampleDataset()} storage="local" onSamenspelError={(e) => console.log(e.detail.issues)}>
      <CareNetworkMap headingLevel={3} editable onSamenspelSelect={(e) => console.log(e.detail.id)} />
      <GoalTree ref={tree} view="outline" orientation="horizontal" editable onSamenspelChange={changed} />
      <CooperationCheck mode="results" strongFrom={4} onSamenspelSubmit={(e) => console.log(e.detail.response.id)} />
      <WhoIsWho view="graph" store={createStore()} className="wide" />
    </SamenspelData>
  );
}

export const wrong = [
  // @ts-expect-error a misspelt event prop
  <GoalTree onSamenspelChnage={() => {}} />,
  // @ts-expect-error a tool without a submit event
  <GoalTree onSamenspelSubmit={() => {}} />,
  // @ts-expect-error the view is 'both', 'outline' or 'diagram'
  <GoalTree view="tree" />,
  // @ts-expect-error the heading level is a number
  <CareNetworkMap headingLevel="drie" />,
  // @ts-expect-error a misspelt property
  <WhoIsWho slected="x" />,
  // @ts-expect-error a store is a samenspel Store, not any object
  <GoalTree store={{}} />,
  // @ts-expect-error the handler gets a SamenspelChangeEvent, whose detail has no `foo`
  <GoalTree onSamenspelChange={(e) => e.detail.foo} />,
];
