/** The save status of `<samenspel-data>`: where saving stands, and what the user can do when it cannot. */
import { html, nothing, type TemplateResult } from 'lit';
import type { SaveStatus } from '../../sdk/adapters/autosave.js';
import type { Issue } from '../../sdk/issues.js';
import type { Dataset } from '../../sdk/model.js';
import type { Lang } from '../../translations/localize.js';
import { samenspelDataMessages, type Counts } from '../../translations/samenspel-data.js';

export interface SaveStatusView {
  status: SaveStatus;
  loading: boolean;
  where: 'local' | 'server';
  notices: readonly Issue[];
  confirming: boolean;
  /** The kept copy that could not be read, as it came. */
  unreadableCopy: unknown;
  /** What is on screen, counted in the confirmation. */
  dataset: Dataset;
  lang: Lang;
  download(): void;
  downloadKept(): void;
  askReplace(ask: boolean): void;
  replace(): void;
}

export function renderSaveStatus(v: SaveStatusView): TemplateResult {
  const t = samenspelDataMessages[v.lang];
  const s = v.status;
  const why = (issues: readonly Issue[]) => issues.map((i) => i.message[v.lang]).join(' ');
  const unsaved = 'unsaved' in s && s.unsaved ? ` ${t.unsavedCount(s.unsaved)}` : '';
  let text: string;
  if (s.state === 'read-only') {
    const passing = s.error.kind !== 'unreadable' && s.error.kind !== 'conflict';
    text = `${t.readOnly(why(s.error.issues))}${passing ? ` ${t.readOnlyRetrying}` : ''}${unsaved} ${t.readOnlyAdvice}`;
  } else if (s.state === 'failed')
    text = `${s.retrying ? t.retrying(why(s.error.issues)) : t.notSaved(why(s.error.issues))}${unsaved}`;
  else if (s.state === 'pending' || s.state === 'saving') text = t.saving;
  else text = v.where === 'server' ? t.savedServer : t.savedLocal;
  const kept = typeof v.unreadableCopy === 'string' ? v.unreadableCopy : undefined;
  return html`<div class="save ${s.state}" part="save-status">
    <p role="status">${v.loading ? '' : text}</p>
    ${s.state === 'failed' || s.state === 'read-only' ? html`<button type="button" part="download" @click=${v.download}>${t.download}</button>` : nothing}
    ${s.state === 'read-only' && kept ? html`<button type="button" part="download-kept" @click=${v.downloadKept}>${t.downloadKept}</button>` : nothing}
    ${
      s.state === 'read-only' && !v.confirming
        ? html`<button type="button" part="replace" aria-expanded="false" @click=${() => v.askReplace(true)}>${t.replace}</button>`
        : nothing
    }
    ${
      s.state === 'read-only' && v.confirming
        ? html`<div class="confirm" part="confirm" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">${t.confirmReplace(v.where, counts(v.dataset), kept?.length)}</p>
          <button type="button" part="confirm-replace" @click=${v.replace}>${t.confirm}</button>
          <button type="button" part="cancel-replace" autofocus @click=${() => v.askReplace(false)}>${t.cancel}</button>
        </div>`
        : nothing
    }
    ${v.notices.length ? html`<ul class="notices" part="notices">${v.notices.slice(0, 10).map((i) => html`<li>${i.message[v.lang]}</li>`)}</ul>` : nothing}
  </div>`;
}

function counts(d: Dataset): Counts {
  return {
    parties: d.parties.length,
    relations: d.relations.length,
    careNetworks: d.careNetworks.length,
    goalTrees: d.goalTrees.length,
    checks: d.checks.length,
  };
}
