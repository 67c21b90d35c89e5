// The four tools and the carer route on one <samenspel-data>, in a standalone component.
// CUSTOM_ELEMENTS_SCHEMA lets Angular render the tags; `[data]` sets the property, and
// `(samenspel-change)` gets a typed SamenspelChangeEvent (from GlobalEventHandlersEventMap, which
// samenspel declares) under `strictTemplates`.
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import { sampleDataset, type SamenspelChangeEvent } from 'samenspel';

@Component({
  selector: 'samenspel-example',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Samenspel in Angular</h1>
      <p>Wijzigingen: <output id="changes">{{ changes() }}</output> <span>{{ last() }}</span></p>
      <samenspel-data [data]="data">
        <care-network-map editable [headingLevel]="2" (samenspel-change)="changed($event)"></care-network-map>
        <goal-tree editable (samenspel-change)="changed($event)"></goal-tree>
        <cooperation-check [headingLevel]="2" (samenspel-change)="changed($event)"></cooperation-check>
        <who-is-who editable [headingLevel]="2" (samenspel-change)="changed($event)"></who-is-who>
        <carer-route [headingLevel]="2" (samenspel-change)="changed($event)"></carer-route>
      </samenspel-data>
    </main>
  `,
})
export class AppComponent {
  readonly data = sampleDataset();
  readonly changes = signal(0);
  readonly last = signal('');

  changed(e: SamenspelChangeEvent): void {
    this.changes.update((n) => n + 1);
    this.last.set(`${e.detail.changes.length} × ${e.detail.changes[0]?.collection ?? ''}`);
  }
}
