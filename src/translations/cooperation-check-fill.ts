/** Messages of the questionnaire of <cooperation-check> (mode="fill"), in Dutch (source, B1) and English. */
import type { Catalog } from './localize.js';

export const nl = {
  defaultRound: 'Ronde 1',
  formLabel: 'Vragenlijst samenwerkingscheck',
  step: (n: number, of: number) => `Stap ${n} van ${of}`,
  aboutYou: 'Over u',
  aboutYouIntro: 'U vult de lijst anoniem in. Uw rol helpt om te zien of partners er verschillend over denken.',
  role: 'Wat is uw rol in de samenwerking?',
  roleMissing: 'Kies eerst uw rol.',
  organisation: 'Uw organisatie (niet verplicht)',
  noOrganisation: 'Zeg ik liever niet',
  notAnswered: 'Niet ingevuld',
  comment: (aspect: string) => `Wilt u iets kwijt over ${aspect.toLowerCase()}? (niet verplicht)`,
  previous: 'Vorige',
  next: 'Volgende',
  review: 'Controleren',
  reviewIntro: 'Kijk uw antwoorden na. U kunt nog iets veranderen.',
  answered: (n: number, of: number) => `${n} van ${of} beantwoord`,
  tooFew: 'Minder dan de helft beantwoord: dit onderdeel telt niet mee.',
  change: (aspect: string) => `${aspect} wijzigen`,
  yourComment: 'Uw opmerking',
  submit: 'Versturen',
  thanks: 'Bedankt! Uw antwoorden zijn verstuurd.',
  thanksWorkshop: 'Bedankt! Uw antwoorden zijn opgeslagen. De lijst is weer leeg voor de volgende persoon.',
};

export type CooperationCheckFillMessages = typeof nl;

export const en: CooperationCheckFillMessages = {
  defaultRound: 'Round 1',
  formLabel: 'Cooperation check questionnaire',
  step: (n, of) => `Step ${n} of ${of}`,
  aboutYou: 'About you',
  aboutYouIntro: 'Your answers are anonymous. Your role helps to see whether partners think differently.',
  role: 'What is your role in the cooperation?',
  roleMissing: 'Choose your role first.',
  organisation: 'Your organisation (optional)',
  noOrganisation: 'I would rather not say',
  notAnswered: 'Not answered',
  comment: (aspect) => `Anything to add about ${aspect.toLowerCase()}? (optional)`,
  previous: 'Previous',
  next: 'Next',
  review: 'Review',
  reviewIntro: 'Check your answers. You can still change them.',
  answered: (n, of) => `${n} of ${of} answered`,
  tooFew: 'Fewer than half answered: this part does not count.',
  change: (aspect) => `Change ${aspect}`,
  yourComment: 'Your comment',
  submit: 'Submit',
  thanks: 'Thank you! Your answers have been sent.',
  thanksWorkshop: 'Thank you! Your answers have been saved. The form is empty again for the next person.',
};

export const cooperationCheckFillMessages: Catalog<CooperationCheckFillMessages> = { nl, en };
