import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/care-network-map/care-network-map.js';
import '../../src/elements/who-is-who/who-is-who.js';
import '../../src/elements/carer-route/carer-route.js';
import type { CareNetworkMapElement } from '../../src/elements/care-network-map/care-network-map.component.js';
import type { WhoIsWhoElement } from '../../src/elements/who-is-who/who-is-who.component.js';
import type { CarerRouteElement } from '../../src/elements/carer-route/carer-route.component.js';
import { createStore, sampleDataset, type CareNetwork, type Dataset, type Store } from '../../src/sdk/index.js';

const q = <T extends HTMLElement = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (el: Element, sel: string) => (q(el, sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The sample, with the agreements of seed 004: the thuiszorg shares nothing about the personal situation, and refers. */
function withAgreements(): Dataset {
  const data = sampleDataset();
  const net = data.careNetworks[0];
  const changed: CareNetwork = {
    ...net,
    members: net.members.map((m) =>
      m.party === 'thuiszorg'
        ? { ...m, sharing: 'niets-persoonlijk' }
        : m.party === 'huisarts-bakker'
          ? { ...m, sharing: 'met-toestemming' }
          : m,
    ),
    relations: [
      ...net.relations.map((r) =>
        r.source === 'casemanager' && r.target === 'huisarts-bakker' ? { ...r, sharing: 'alles-nodig' as const } : r,
      ),
      {
        id: 'verwijzing-tz',
        source: 'thuiszorg',
        target: 'dagbesteding',
        kind: 'verwijst',
        strength: 'zwak',
        sharing: 'niets-persoonlijk',
      },
    ],
    regisseurs: { zorg: 'casemanager', informeel: 'ans' },
  };
  return { ...data, careNetworks: [changed, ...data.careNetworks.slice(1)] };
}

/** Waits until a live region of the element says `words`. */
const said = (el: Element, words: string) =>
  waitUntil(() => qa(el, '[role=status]').some((n) => n.textContent!.trim() === words), `announced: ${words}`, {
    timeout: 5000,
  });

async function map(data: Dataset, editable = false, store?: Store): Promise<CareNetworkMapElement> {
  const el = await fixture<CareNetworkMapElement>(
    store
      ? html`<care-network-map ?editable=${editable} .store=${store}></care-network-map>`
      : html`<care-network-map ?editable=${editable} .data=${data}></care-network-map>`,
  );
  await waitUntil(() => el.graph.cy && !q(el, '.overlay'), 'map drawn', { timeout: 10000 });
  return el;
}

describe('<care-network-map>: sharing agreements and regisseurs per field', function () {
  this.timeout(60_000);

  it('draws each agreement as a sign on the line (not a colour), names it under the member and in the text view, legend and insights', async () => {
    const el = await map(withAgreements());
    const cy = el.graph.cy!;
    expect(cy.getElementById('rel:verwijzing-tz').style('mid-target-arrow-shape')).to.equal('tee');
    const tie = cy.edges().filter((e) => e.data('relation') === 'netwerk-ans-rel-8');
    expect(tie.style('mid-target-arrow-shape')).to.equal('circle');
    expect(
      cy
        .edges('.relation')
        .filter((e) => !e.data('relation').startsWith('verwijzing') && e.data('relation') !== 'netwerk-ans-rel-8')
        .map((e) => e.style('mid-target-arrow-shape')),
    ).to.satisfy((l: string[]) => l.every((s) => s === 'none'));
    expect(cy.getElementById('p:thuiszorg').data('label')).to.contain('⊣ deelt niets');
    expect(cy.getElementById('p:huisarts-bakker').data('label')).to.contain('◇ met toestemming');
    expect(cy.getElementById('p:casemanager').data('label')).to.contain('▲ regie zorg');
    expect(cy.getElementById('p:ans').data('label')).to.contain('▲ regie informeel');

    const list = text(el, '.text-view');
    expect(list).to.contain('Thuiszorg Zorgzaam');
    expect(list).to.contain('deelt niets over de persoonlijke situatie');
    expect(list).to.contain('Marieke Smit werkt samen met Dokter Bakker (sterk, wederzijds, deelt alles wat nodig is)');
    expect(text(el, '.regisseurs')).to.equal('▲ Regisseur per veld: informeel: Ans de Vries en zorg: Marieke Smit.');
    expect(text(el, '.legend'))
      .to.contain('⊣ deelt niets over de persoonlijke situatie')
      .and.contain('▲ regie en een veld');
    const gaps = qa(el, '.insights .gaps li').map((li) => li.textContent!.trim());
    expect(gaps).to.include('Welzijn heeft geen regisseur. Spreek af wie in dit veld de regie heeft.');
    expect(gaps).to.include('Medisch heeft geen regisseur. Spreek af wie in dit veld de regie heeft.');
    expect(gaps.find((g) => g.startsWith('Informatie kan niet stromen'))).to.equal(
      'Informatie kan niet stromen van Thuiszorg Zorgzaam naar Dagbesteding De Linde: Thuiszorg Zorgzaam verwijst door, maar deelt niets over de persoonlijke situatie. Spreek af wat de mantelzorger zelf vertelt of waar zij toestemming voor geeft.',
    );
    await expect(el).to.be.accessible();
  });

  it("sets a member's agreement, a relation's agreement and a regisseur by keyboard, each one undoable step", async () => {
    const store = createStore(withAgreements());
    const el = await map(store.snapshot, true, store);
    const net = () => store.snapshot.careNetworks[0];
    qa(el, 'button.member')
      .find((b) => b.textContent === 'Kees Hoekstra')!
      .focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    // The member's agreement: from "Geen afspraak" one down is "Deelt alles wat nodig is", and on to "deelt niets".
    q(el, 'select[data-edit=member-sharing]').focus();
    let changed = oneEvent(el, 'samenspel-change');
    await sendKeys({ press: 'End' });
    await changed;
    await el.updateComplete;
    expect(net().members.find((m) => m.party === 'kees')!.sharing).to.equal('niets-persoonlijk');
    await said(el, 'De afspraak over delen is aangepast.');
    expect(el.graph.cy!.getElementById('p:kees').data('label')).to.contain('⊣ deelt niets');

    // Regisseur for welzijn: Space on its checkbox; the insight about welzijn goes.
    q(el, 'input[data-edit=regisseur-welzijn]').focus();
    changed = oneEvent(el, 'samenspel-change');
    await sendKeys({ press: 'Space' });
    await changed;
    await el.updateComplete;
    expect(net().regisseurs).to.deep.equal({ zorg: 'casemanager', informeel: 'ans', welzijn: 'kees' });
    await said(el, 'Kees Hoekstra is nu regisseur voor welzijn.');
    expect(qa(el, '.insights .gaps li').map((li) => li.textContent!)).to.not.include(
      'Welzijn heeft geen regisseur. Spreek af wie in dit veld de regie heeft.',
    );
    expect(text(el, '.details')).to.contain('▲ regie welzijn');
    await expect(el).to.be.accessible();

    // The relation's agreement, in the relation row of the details.
    const row = () =>
      qa(el, '.details .relation-row').find((r) => r.textContent!.includes('Kees Hoekstra ondersteunt Henk de Vries'))!;
    row().querySelector<HTMLSelectElement>('select[data-edit=sharing]')!.focus();
    changed = oneEvent(el, 'samenspel-change');
    await sendKeys({ press: 'ArrowDown' });
    await changed;
    await el.updateComplete;
    expect(net().relations.find((r) => r.source === 'kees' && r.target === 'henk')!.sharing).to.equal('alles-nodig');
    expect(
      el.graph
        .cy!.edges()
        .filter((e) => e.source().id() === 'p:kees')
        .style('mid-target-arrow-shape'),
    ).to.equal('circle');

    // Undo takes back only the last step; clearing the checkbox clears the regisseur.
    store.undo();
    await el.updateComplete;
    expect(net().relations.find((r) => r.source === 'kees' && r.target === 'henk')!.sharing).to.equal(undefined);
    expect(net().regisseurs!.welzijn).to.equal('kees');
    q(el, 'input[data-edit=regisseur-welzijn]').focus();
    changed = oneEvent(el, 'samenspel-change');
    await sendKeys({ press: 'Space' });
    await changed;
    expect(net().regisseurs).to.deep.equal({ zorg: 'casemanager', informeel: 'ans' });
  });

  it('takes a member who directs a field off the map together with that role', async () => {
    const store = createStore(withAgreements());
    const el = await map(store.snapshot, true, store);
    qa(el, 'button.member')
      .find((b) => b.textContent === 'Marieke Smit')!
      .focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    q(el, 'button[data-edit=remove-member]').focus();
    const changed = oneEvent(el, 'samenspel-change');
    await sendKeys({ press: 'Enter' });
    await changed;
    expect(store.snapshot.careNetworks[0].regisseurs).to.deep.equal({ informeel: 'ans' });
  });
});

describe('<who-is-who>: sharing agreements in the details', function () {
  this.timeout(60_000);

  it('names the agreement of a relation and what a party agreed in care networks', async () => {
    const data = withAgreements();
    data.relations = data.relations.map((r, i) => (i === 0 ? { ...r, sharing: 'met-toestemming' } : r));
    const first = data.relations[0];
    const el = await fixture<WhoIsWhoElement>(html`<who-is-who view="list" .data=${data}></who-is-who>`);
    el.selectParty(first.source);
    await el.updateComplete;
    const other = data.parties.find((p) => p.id === first.target)!.name;
    const item = qa(el, '.partners li').find((li) => li.textContent!.includes(other))!;
    expect(item.textContent).to.contain('deelt alleen met toestemming van de mantelzorger');
    await expect(el).to.be.accessible();

    el.selectParty('thuiszorg');
    await el.updateComplete;
    const dl = text(el, '.detail-body dl');
    expect(dl).to.contain('Afspraak over delen').and.contain('deelt niets over de persoonlijke situatie');
  });
});

describe('<carer-route>: where information cannot flow', function () {
  this.timeout(60_000);

  it('names a handoff from a party that shares nothing in the insights, per version', async () => {
    const data = sampleDataset();
    // The Wmo-consulent may not share the kitchen-table report with the steunpunt: that is why Ans tells it again.
    data.relations = [
      ...data.relations,
      {
        id: 'geen-verslag',
        source: 'wmo-consulent',
        target: 'mantelzorgconsulent',
        kind: 'werkt-samen',
        sharing: 'niets-persoonlijk',
      },
    ];
    const el = await fixture<CarerRouteElement>(html`<carer-route .data=${data}></carer-route>`);
    await el.updateComplete;
    const items = qa(el, '.insights ul.blocked li').map((li) => li.textContent!.trim());
    expect(items.length).to.be.greaterThan(0);
    expect(items[0]).to.match(
      /^Zoals het nu gaat: Informatie kan niet stromen van .+ naar .+ \(stap \d+\): .+ deelt niets over de persoonlijke situatie\./,
    );
    await expect(el).to.be.accessible();
  });

  it('shows no such list when no agreement stops a handoff', async () => {
    const el = await fixture<CarerRouteElement>(html`<carer-route .data=${sampleDataset()}></carer-route>`);
    await el.updateComplete;
    expect(qa(el, '.insights ul.blocked')).to.have.length(0);
  });
});
