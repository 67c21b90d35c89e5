import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/cooperation-check/cooperation-check.js';
import { emptyDataset, sampleDataset, type Dataset, type Response } from '../src/sdk/index.js';

interface Args {
  data?: unknown;
  mode: 'fill' | 'results';
  round?: string;
  workshop: boolean;
  editable: boolean;
  carerLens: boolean;
  strongFrom: number;
  attentionFrom: number;
  headingLevel: number;
  lang: 'nl' | 'en';
}

/** The sample check with only the responses of the first round. */
function oneRound(): Dataset {
  const data = sampleDataset();
  const check = data.checks[0];
  data.checks[0] = {
    ...check,
    rounds: check.rounds.slice(0, 1),
    responses: check.responses.filter((r) => r.round === check.rounds[0].id),
  };
  return data;
}

/** The sample check where only two carers and three others answered: the carers are never shown apart. */
function smallGroups(): Dataset {
  const data = sampleDataset();
  const check = data.checks[0];
  const round = check.rounds.at(-1)!.id;
  const pick = (role: Response['role'], n: number) =>
    check.responses.filter((r) => r.round === round && r.role === role).slice(0, n);
  data.checks[0] = {
    ...check,
    responses: [
      ...check.responses.filter((r) => r.round !== round),
      ...pick('gemeente', 3),
      ...pick('mantelzorger', 2),
    ],
  };
  return data;
}

/**
 * The samenwerkingscheck: partners rate their cooperation on the five aspects of Kaats & Opheij
 * (ambitie, belangen, relatie, organisatie, proces) and an optional lens "samenwerken met de
 * mantelzorger"; the group discusses the results over rounds. `mode="fill"` is the questionnaire,
 * `mode="results"` the table, chart, disagreements, roles (never below 3), change and actions.
 */
const meta: Meta<Args> = {
  title: 'Elements/cooperation-check',
  component: 'cooperation-check',
  args: {
    data: sampleDataset(),
    mode: 'results',
    workshop: false,
    editable: false,
    carerLens: false,
    strongFrom: 4,
    attentionFrom: 3,
    headingLevel: 2,
    lang: 'nl',
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['fill', 'results'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    round: { control: 'inline-radio', options: ['ronde-voorjaar', 'ronde-najaar'] },
  },
  render: (a) => html`
    <cooperation-check lang=${a.lang} mode=${a.mode} .data=${a.data} round=${a.round ?? ''} ?workshop=${a.workshop} ?editable=${a.editable}
      ?carer-lens=${a.carerLens} strong-from=${a.strongFrom} attention-from=${a.attentionFrom} heading-level=${a.headingLevel}></cooperation-check>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Results of the sample check (Voorbeeldwijk), two rounds: table, chart, disagreements, roles, change, actions. */
export const SeveralRounds: Story = {};

/** One round: no change column and no "over time" table. */
export const OneRound: Story = { args: { data: oneRound() } };

/** Only 2 carers answered in the last round: their group is not shown, nor any group that would give them away. */
export const SuppressedGroups: Story = { args: { data: smallGroups() } };

/** No responses yet: the element says so. */
export const NoResponses: Story = {
  args: {
    data: (() => {
      const d = sampleDataset();
      d.checks[0] = { ...d.checks[0], responses: [] };
      return d;
    })(),
  },
};

/** The group records agreed actions per aspect during the conversation (what, who, when). */
export const EditableActions: Story = { args: { editable: true } };

/** Stricter bands: sterk only from 4.5, zorg below 3.5. */
export const Thresholds: Story = { args: { strongFrom: 4.5, attentionFrom: 3.5 } };

/** The questionnaire: role first, then one aspect per step, then a review. */
export const Fill: Story = { args: { mode: 'fill' } };

/** Workshop mode: after submitting, the form is empty again for the next person on the same device. */
export const Workshop: Story = { args: { mode: 'fill', workshop: true } };

/** Without a dataset: the built-in instrument, with the carer lens. */
export const BuiltInInstrument: Story = { args: { mode: 'fill', data: emptyDataset(), carerLens: true } };

/** In English. */
export const English: Story = { args: { lang: 'en' } };
