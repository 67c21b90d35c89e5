/** Agreed actions per aspect (what, who, when): recognise → prioritise → agree → follow up. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Action, CooperationCheck } from '../../sdk/model.js';
import { newId } from '../../sdk/store.js';
import { formatDate } from '../../translations/localize.js';
import type { ViewContext } from './view.js';

function save(ctx: ViewContext, check: CooperationCheck, actions: Action[]): boolean {
  return ctx.edit({ op: 'put', collection: 'checks', record: { ...check, actions } });
}

function add(ctx: ViewContext, check: CooperationCheck, e: SubmitEvent): void {
  e.preventDefault();
  const form = e.target as HTMLFormElement;
  const data = new FormData(form);
  const get = (k: string) => String(data.get(k) ?? '').trim();
  const what = form.querySelector<HTMLInputElement>('[name=what]');
  if (!get('what')) {
    what?.setAttribute('aria-invalid', 'true');
    form.querySelector('.error')?.removeAttribute('hidden');
    what?.focus();
    return;
  }
  const action: Action = { id: newId('action'), aspect: get('aspect'), what: get('what'), status: 'open' };
  if (get('who')) action.who = get('who');
  if (get('when')) action.when = get('when');
  if (save(ctx, check, [...check.actions, action])) {
    form.reset();
    what?.removeAttribute('aria-invalid');
    form.querySelector('.error')?.setAttribute('hidden', '');
    what?.focus();
  }
}

export function renderActions(ctx: ViewContext, check: CooperationCheck): TemplateResult {
  const m = ctx.t();
  const lang = ctx.lang();
  const editable = ctx.el.editable;
  const title = (id: string) => {
    const a = check.instrument.aspects.find((x) => x.id === id);
    return a ? (a.title[lang] ?? a.title.nl) : id;
  };
  const groups = check.instrument.aspects.map((a) => [a.id, check.actions.filter((x) => x.aspect === a.id)] as const).filter(([, list]) => list.length);
  return html`<section part="actions">
    <h3>${m.actions}</h3>
    <p class="note">${m.actionsIntro}</p>
    ${groups.length === 0 ? html`<p>${m.noActions}</p>` : nothing}
    ${groups.map(([id, list]) => html`<h4>${title(id)}</h4>
      <ul>${list.map((action) => html`<li>
        ${editable
          ? html`<label><input type="checkbox" .checked=${action.status === 'klaar'} aria-label=${m.markDone(action.what)}
              @change=${(e: Event) => save(ctx, check, check.actions.map((x) => (x.id === action.id ? { ...x, status: (e.target as HTMLInputElement).checked ? 'klaar' : 'open' } : x)))} /></label>`
          : nothing}
        <strong>${action.what}</strong>${action.who ? html` · ${m.who}: ${action.who}` : nothing}${action.when ? html` · ${m.when}: ${formatDate(lang, action.when)}` : nothing}${action.status === 'klaar' ? html` · ${m.done}` : nothing}
        ${editable ? html` <button type="button" aria-label=${m.removeAction(action.what)} @click=${() => save(ctx, check, check.actions.filter((x) => x.id !== action.id))}>×</button>` : nothing}
      </li>`)}</ul>`)}
    ${editable
      ? html`<form class="action-form" novalidate aria-label=${m.addAction} @submit=${(e: SubmitEvent) => add(ctx, check, e)}>
          <label>${m.aspect}<select name="aspect">${check.instrument.aspects.map((a) => html`<option value=${a.id}>${title(a.id)}</option>`)}</select></label>
          <label>${m.what}<input type="text" name="what" required maxlength="500" aria-describedby="what-error" /></label>
          <label>${m.who}<input type="text" name="who" maxlength="500" /></label>
          <label>${m.when}<input type="date" name="when" /></label>
          <button type="submit">${m.addAction}</button>
          <p id="what-error" class="error" role="alert" hidden>${m.whatMissing}</p>
        </form>`
      : nothing}
  </section>`;
}
