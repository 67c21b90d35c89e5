/** Editing agreed actions (with `editable`): add, mark done, remove. Loaded only when editing is allowed. */
import { html } from 'lit';
import type { Action, CooperationCheck } from '../../sdk/model.js';
import { newId } from '../../sdk/store.js';
import type { ActionsEditor } from './cooperation-check.actions.js';
import type { CheckPort } from './cooperation-check.port.js';

export function actionsEditor(port: CheckPort, check: CooperationCheck): ActionsEditor {
  const m = port.t();
  const lang = port.lang();
  const save = (actions: Action[]) => port.edit({ op: 'put', collection: 'checks', record: { ...check, actions } });
  const setStatus = (id: string, done: boolean) =>
    save(check.actions.map((x) => (x.id === id ? { ...x, status: done ? 'klaar' : 'open' } : x)));

  function add(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const get = (k: string) => String(data.get(k) ?? '').trim();
    const what = form.querySelector<HTMLInputElement>('[name=what]');
    const error = form.querySelector('.error');
    if (!get('what')) {
      what?.setAttribute('aria-invalid', 'true');
      error?.removeAttribute('hidden');
      what?.focus();
      return;
    }
    const action: Action = { id: newId('action'), aspect: get('aspect'), what: get('what'), status: 'open' };
    if (get('who')) action.who = get('who');
    if (get('when')) action.when = get('when');
    if (save([...check.actions, action])) {
      form.reset();
      what?.removeAttribute('aria-invalid');
      error?.setAttribute('hidden', '');
      what?.focus();
    }
  }

  return {
    controls: (
      action,
    ) => html`<input type="checkbox" .checked=${action.status === 'klaar'} aria-label=${m.markDone(action.what)}
        @change=${(e: Event) => setStatus(action.id, (e.target as HTMLInputElement).checked)} />`,
    remove: (action) =>
      html`<button type="button" aria-label=${m.removeAction(action.what)} @click=${() => save(check.actions.filter((x) => x.id !== action.id))}>×</button>`,
    form: () => html`<form class="action-form" novalidate aria-label=${m.addAction} @submit=${add}>
      <label>${m.aspect}<select name="aspect">${check.instrument.aspects.map((a) => html`<option value=${a.id}>${a.title[lang] ?? a.title.nl}</option>`)}</select></label>
      <label>${m.what}<input type="text" name="what" required maxlength="500" aria-describedby="what-error" /></label>
      <label>${m.who}<input type="text" name="who" maxlength="500" /></label>
      <label>${m.when}<input type="date" name="when" /></label>
      <button type="submit">${m.addAction}</button>
      <p id="what-error" class="error" role="alert" hidden>${m.whatMissing}</p>
    </form>`,
  };
}
