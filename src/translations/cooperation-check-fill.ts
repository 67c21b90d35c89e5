/** Messages of the questionnaire of <cooperation-check> (mode="fill") in Dutch (the source, B1); English is in `cooperation-check.en.ts`. */

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
  tooFew: 'U gaf bij minder dan de helft een antwoord van 1 tot 5. Daarom telt dit onderdeel niet mee.',
  change: (aspect: string) => `${aspect} wijzigen`,
  yourComment: 'Uw opmerking',
  submit: 'Versturen',
  thanks: 'Bedankt! Uw antwoorden zijn verstuurd.',
  thanksWorkshop: 'Bedankt! Uw antwoorden zijn opgeslagen. De lijst is weer leeg voor de volgende persoon.',
  sending: 'Uw antwoorden worden verstuurd…',
  waiting: (kept: boolean) =>
    `Er is nu geen verbinding. Uw antwoorden zijn nog niet verstuurd. Ze gaan vanzelf mee als de verbinding terug is.${kept ? '' : ' Sluit deze pagina nog niet.'}`,
  busy: (kept: boolean) =>
    `Het is nu erg druk op de server. Uw antwoorden zijn nog niet verstuurd. Ze gaan over een paar seconden vanzelf mee.${kept ? '' : ' Sluit deze pagina nog niet.'}`,
  sendAgain: 'Nu opnieuw versturen',
  notSaved: 'Uw antwoorden zijn niet opgeslagen.',
  refused: {
    invalid:
      'Er klopt iets niet in de antwoorden. Misschien is een opmerking te lang. Kijk uw antwoorden na en verstuur ze opnieuw.',
    tooLarge: 'Uw opmerkingen zijn samen te lang. Maak ze korter en verstuur opnieuw.',
    noRound: 'Deze ronde is niet open. Vraag de gespreksleider om een nieuwe link.',
    roomFull: 'Er kunnen geen antwoorden meer bij. Zeg het tegen de gespreksleider.',
    expired: 'De link is verlopen. Vraag de gespreksleider om een nieuwe link.',
    access: 'Met deze link kunt u niet meedoen. Vraag de gespreksleider om een nieuwe link.',
  },
};

export type CooperationCheckFillMessages = typeof nl;
