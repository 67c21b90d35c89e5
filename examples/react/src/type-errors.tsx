// Never imported: a type check that must fail on each marked line. If one of them compiles,
// `@ts-expect-error` is unused and `tsc` fails, so a misspelt prop can never slip through.
import { CareNetworkMap, CooperationCheck, GoalTree, SamenspelData, WhoIsWho } from 'samenspel/react';

export const wrong = [
  // @ts-expect-error a misspelt event prop
  <GoalTree onSamenspelChnage={() => {}} />,
  // @ts-expect-error an event the tool does not fire
  <WhoIsWho onSamenspelSubmit={() => {}} />,
  // @ts-expect-error the handler gets a SamenspelChangeEvent, whose detail has no `foo`
  <GoalTree onSamenspelChange={(e) => e.detail.foo} />,
  // @ts-expect-error the view is 'both', 'outline' or 'diagram'
  <GoalTree view="tree" />,
  // @ts-expect-error the heading level is a number
  <CareNetworkMap headingLevel="drie" />,
  // @ts-expect-error the mode is 'fill' or 'results'
  <CooperationCheck mode="fil" />,
  // @ts-expect-error the data is kept in 'local' storage or not at all
  <SamenspelData storage="session" />,
  // @ts-expect-error a misspelt property
  <WhoIsWho slected="x" />,
];
