// The four tools and the carer route on one <samenspel-data>, through the typed React components of
// `samenspel/react` (React 18 and 19): `data` goes in as a property, `samenspel-change` comes out as
// `onSamenspelChange`.
import { useState } from 'react';
import { CareNetworkMap, CarerRoute, CooperationCheck, GoalTree, SamenspelData, WhoIsWho } from 'samenspel/react';
import { sampleDataset, type SamenspelChangeEvent } from 'samenspel';

const data = sampleDataset();

export function App() {
  const [changes, setChanges] = useState(0);
  const [last, setLast] = useState('');
  const changed = (e: SamenspelChangeEvent) => {
    setChanges((n) => n + 1);
    setLast(`${e.detail.changes.length} × ${e.detail.changes[0]?.collection ?? ''}`);
  };
  return (
    <main>
      <h1>Samenspel in React</h1>
      <p>
        Wijzigingen: <output id="changes">{changes}</output> <span>{last}</span>
      </p>
      <SamenspelData data={data}>
        <CareNetworkMap editable headingLevel={2} onSamenspelChange={changed} />
        <GoalTree editable onSamenspelChange={changed} />
        <CooperationCheck headingLevel={2} onSamenspelChange={changed} />
        <WhoIsWho editable headingLevel={2} onSamenspelChange={changed} />
        <CarerRoute headingLevel={2} onSamenspelChange={changed} />
      </SamenspelData>
    </main>
  );
}
