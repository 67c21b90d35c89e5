/**
 * "Voorbeeldwijk": a realistic, fictional Dutch neighbourhood for demos, stories, docs and tests.
 * All people, organisations, phone numbers (area code 012, which does not exist) and addresses are
 * made up; e-mail addresses and websites all lie under `voorbeeld.nl`.
 * Dates are fixed (no `new Date()`), so every call returns the same data.
 */
import { sampleRoute } from './sample-route.js';
import { defaultInstrument } from './instrument.js';
import { seededRandom, type Random } from './random.js';
import {
  FORMAT,
  VERSION,
  type Action,
  type Answer,
  type CareNetwork,
  type CooperationCheck,
  type Dataset,
  type Field,
  type Goal,
  type GoalTree,
  type Indicator,
  type NetworkField,
  type Party,
  type PartyKind,
  type Relation,
  type RelationKind,
  type RespondentRole,
  type Response,
  type Ring,
  type Step,
  type StepStatus,
  type Strength,
} from './model.js';

/** The municipality of the sample. */
export const SAMPLE_MUNICIPALITY = 'Voorbeeld';
/** The wijken (neighbourhoods) of the sample. */
export const SAMPLE_AREAS = ['Noord', 'Centrum', 'De Akkers', 'Oud-Zuid'] as const;
/** The day the sample describes: `lastVerified` dates, steps and readings lie around it. */
export const SAMPLE_REFERENCE_DATE = '2026-11-01';

const ALL = [...SAMPLE_AREAS];
const MAIL = (box: string, host: string) => `${box}@${host}.voorbeeld.nl`;
const WEB = (host: string) => `https://${host}.voorbeeld.nl`;

type PartyExtra = Omit<Party, 'id' | 'name' | 'kind' | 'field'>;
const party = (id: string, name: string, kind: PartyKind, field: Field, extra: PartyExtra = {}): Party => ({
  id,
  name,
  kind,
  field,
  ...extra,
});

function parties(): Party[] {
  return [
    // Gemeente
    party('gemeente', 'Gemeente Voorbeeld, team Zorg en Welzijn', 'organisatie', 'overig', {
      role: 'gemeente',
      description:
        'De gemeente regelt hulp uit de Wmo, zoals huishoudelijke hulp, vervoer en aanpassingen in huis. Ook betaalt de gemeente het steunpunt mantelzorg en de mantelzorgwaardering.',
      targetGroups: ['alle inwoners', 'mantelzorgers'],
      areas: ALL,
      contact: {
        phone: '012-345 00 00',
        email: MAIL('zorgenwelzijn', 'gemeente'),
        website: WEB('gemeente'),
        address: 'Raadhuisplein 1, Voorbeeld',
      },
      lastVerified: '2026-09-15',
    }),
    party('wmo-consulent', 'Fatima el Amrani', 'persoon', 'overig', {
      role: 'Wmo-consulent',
      description:
        'Ik praat met inwoners over wat ze nodig hebben om thuis te blijven wonen: het keukentafelgesprek. Ik vraag altijd ook hoe het met de mantelzorger gaat.',
      targetGroups: ['ouderen', 'mensen met een beperking', 'mantelzorgers'],
      areas: ALL,
      contact: { phone: '012-345 00 12', email: MAIL('f.elamrani', 'gemeente') },
      lastVerified: '2026-08-20',
    }),
    party('beleidsadviseur', 'Marco de Wit', 'persoon', 'overig', {
      role: 'beleidsadviseur sociaal domein',
      description:
        'Ik schrijf het beleid voor mantelzorg en organiseer de gesprekken met mantelzorgers (dialoogtafels).',
      targetGroups: ['mantelzorgers', 'organisaties'],
      areas: ALL,
      contact: { email: MAIL('m.dewit', 'gemeente') },
      lastVerified: '2026-10-01',
    }),
    // Welzijn
    party('steunpunt', 'Steunpunt Mantelzorg Voorbeeld', 'organisatie', 'welzijn', {
      role: 'steunpunt mantelzorg',
      description:
        'Hier kun je terecht met al je vragen over zorgen voor een ander. We geven informatie, een luisterend oor en advies. We organiseren ook cursussen, wandelingen en de Dag van de Mantelzorg.',
      targetGroups: ['mantelzorgers', 'jonge mantelzorgers', 'werkende mantelzorgers'],
      areas: ALL,
      contact: {
        phone: '012-345 11 00',
        email: MAIL('info', 'steunpunt'),
        website: WEB('steunpunt'),
        address: 'Lindelaan 4, Voorbeeld',
      },
      lastVerified: '2026-10-12',
    }),
    party('mantelzorgconsulent', 'Lotte Jansen', 'persoon', 'welzijn', {
      role: 'mantelzorgconsulent',
      description:
        'Ik ben het eerste aanspreekpunt voor mantelzorgers. Ik kom bij je thuis, denk mee en zoek samen met jou de juiste hulp.',
      targetGroups: ['mantelzorgers'],
      areas: ALL,
      contact: { phone: '06-12 34 56 01', email: MAIL('lotte.jansen', 'steunpunt') },
      lastVerified: '2026-10-12',
    }),
    party('wijkteam-noord', 'Wijkteam Noord en Centrum', 'team', 'welzijn', {
      role: 'wijkteam',
      description:
        'Wij helpen bij vragen over zorg, geld, wonen en opvoeding. We werken met één plan per gezin en kijken eerst wat je zelf en je netwerk kunnen doen.',
      targetGroups: ['alle inwoners', 'gezinnen', 'ouderen'],
      areas: ['Noord', 'Centrum'],
      contact: {
        phone: '012-345 22 10',
        email: MAIL('noord', 'wijkteam'),
        website: WEB('wijkteam'),
        address: 'Buurthuis De Schakel, Molenweg 30, Voorbeeld',
      },
      lastVerified: '2026-07-03',
    }),
    party('wijkteam-zuid', 'Wijkteam De Akkers en Oud-Zuid', 'team', 'welzijn', {
      role: 'wijkteam',
      description: 'Wij helpen bij vragen over zorg, geld, wonen en opvoeding in De Akkers en Oud-Zuid.',
      targetGroups: ['alle inwoners', 'gezinnen', 'ouderen'],
      areas: ['De Akkers', 'Oud-Zuid'],
      contact: { phone: '012-345 22 20', email: MAIL('zuid', 'wijkteam'), website: WEB('wijkteam') },
      lastVerified: '2025-05-14',
    }),
    party('vrijwilligerscentrale', 'Vrijwilligerscentrale Voorbeeld', 'organisatie', 'welzijn', {
      role: 'vrijwilligerscentrale',
      description:
        'We brengen vrijwilligers en organisaties bij elkaar. Zoek je vrijwilligerswerk of een vrijwilliger? Kom langs.',
      targetGroups: ['vrijwilligers', 'organisaties'],
      areas: ALL,
      contact: {
        phone: '012-345 33 00',
        email: MAIL('info', 'vrijwilligers'),
        website: WEB('vrijwilligers'),
        address: 'Stationsplein 2, Voorbeeld',
      },
      lastVerified: '2026-06-18',
    }),
    party('maatjesproject', 'Maatjesproject Samen op Pad', 'initiatief', 'welzijn', {
      role: 'maatjesproject',
      description:
        'Een vrijwillig maatje gaat eens per week met iemand op pad: wandelen, koffie drinken of mee naar de dokter. Zo heeft de mantelzorger even tijd voor zichzelf.',
      targetGroups: ['ouderen', 'mensen met dementie', 'mantelzorgers'],
      areas: ALL,
      contact: { phone: '06-12 34 56 20', email: MAIL('maatjes', 'vrijwilligers') },
      lastVerified: '2026-04-22',
    }),
    party('vervangende-zorg', 'Stichting Even Vrij', 'organisatie', 'welzijn', {
      role: 'respijtzorg thuis',
      description:
        'Een getrainde vrijwilliger neemt de zorg een dagdeel van je over, bij jou thuis. Zo kun je even iets voor jezelf doen.',
      targetGroups: ['mantelzorgers'],
      areas: ALL,
      contact: { phone: '012-345 33 40', email: MAIL('info', 'evenvrij'), website: WEB('evenvrij') },
      lastVerified: '2026-05-09',
    }),
    party('dorpsdagvoorziening', 'Dorpsdagvoorziening Bij Gerrie', 'initiatief', 'welzijn', {
      role: 'dorpsdagvoorziening',
      description:
        'Drie ochtenden per week koffie, een warme maaltijd en samen iets doen in de oude school. Voor ouderen uit de buurt, gerund door vrijwilligers.',
      targetGroups: ['ouderen', 'eenzame inwoners'],
      areas: ['De Akkers'],
      contact: { phone: '06-12 34 56 31', address: 'Oude School, Akkerweg 8, Voorbeeld' },
      lastVerified: '2024-11-05',
    }),
    party('ontmoetingscentrum', 'Ontmoetingscentrum De Ontmoeting', 'organisatie', 'welzijn', {
      role: 'ontmoetingscentrum dementie',
      description:
        'Een plek voor mensen met beginnende dementie en hun mantelzorgers. Samen activiteiten doen, en gespreksgroepen voor mantelzorgers.',
      targetGroups: ['mensen met dementie', 'mantelzorgers'],
      areas: ALL,
      contact: { phone: '012-345 44 10', email: MAIL('ontmoeting', 'welzijn'), website: WEB('ontmoeting') },
      lastVerified: '2026-03-30',
    }),
    party('alzheimer-cafe', 'Alzheimer Café Voorbeeld', 'initiatief', 'welzijn', {
      role: 'Alzheimer Café',
      description:
        'Elke derde dinsdag van de maand in de bibliotheek. Een spreker vertelt over dementie, daarna is er tijd om te praten. Iedereen is welkom, aanmelden hoeft niet.',
      targetGroups: ['mensen met dementie', 'mantelzorgers', 'buurtbewoners'],
      areas: ALL,
      contact: { email: MAIL('alzheimercafe', 'welzijn') },
      lastVerified: '2026-02-11',
    }),
    party('bibliotheek', 'Bibliotheek Voorbeeld', 'organisatie', 'welzijn', {
      role: 'bibliotheek',
      description: 'Boeken lenen, hulp bij de computer en DigiD, en een plek voor spreekuren en het Alzheimer Café.',
      targetGroups: ['alle inwoners'],
      areas: ALL,
      contact: { phone: '012-345 55 00', website: WEB('bibliotheek'), address: 'Marktplein 5, Voorbeeld' },
      lastVerified: '2026-09-02',
    }),
    party('inloop', 'Buurthuis De Schakel, inloopspreekuur', 'organisatie', 'welzijn', {
      role: 'inloopvoorziening',
      description:
        'Op dinsdag en donderdag kun je zonder afspraak binnenlopen met al je vragen. Medewerkers van verschillende organisaties helpen je verder.',
      targetGroups: ['alle inwoners'],
      areas: ['Noord', 'Centrum'],
      contact: { phone: '012-345 22 30', address: 'Molenweg 30, Voorbeeld' },
      lastVerified: '2026-01-20',
    }),
    party('humanitas', 'Humanitas Thuisadministratie', 'organisatie', 'welzijn', {
      role: 'thuisadministratie',
      description: 'Een vrijwilliger helpt je thuis om je post en rekeningen op orde te krijgen en te houden.',
      targetGroups: ['alle inwoners', 'mantelzorgers', 'ouderen'],
      areas: ALL,
      contact: { phone: '012-345 66 10', email: MAIL('thuisadministratie', 'humanitas'), website: WEB('humanitas') },
      lastVerified: '2026-08-08',
    }),
    party('schuldhulp', 'Team Geldzaken', 'team', 'welzijn', {
      role: 'schuldhulpverlening',
      description:
        'Heb je schulden of zorgen over geld? Wij zoeken samen met jou naar een oplossing. Ook voor vragen over toeslagen.',
      targetGroups: ['alle inwoners'],
      areas: ALL,
      contact: { phone: '012-345 00 40', email: MAIL('geldzaken', 'gemeente') },
      lastVerified: '2026-06-01',
    }),
    party('jongerenwerk', 'Jongerenwerk Voorbeeld', 'team', 'welzijn', {
      role: 'jongerenwerk',
      description:
        'Jongerenwerkers zijn op straat, op school en in het jongerencentrum. We hebben een groep voor jonge mantelzorgers.',
      targetGroups: ['jongeren', 'jonge mantelzorgers'],
      areas: ALL,
      contact: { phone: '06-12 34 56 40', email: MAIL('jongerenwerk', 'welzijn') },
      lastVerified: '2026-09-25',
    }),
    party('clientondersteuning', 'Onafhankelijke Cliëntondersteuning Voorbeeld', 'organisatie', 'welzijn', {
      role: 'cliëntondersteuner',
      description:
        'Wij gaan met je mee naar het keukentafelgesprek en helpen je om te zeggen wat je nodig hebt. Gratis en onafhankelijk.',
      targetGroups: ['mensen met een beperking', 'ouderen', 'mantelzorgers'],
      areas: ALL,
      contact: {
        phone: '012-345 77 00',
        email: MAIL('info', 'clientondersteuning'),
        website: WEB('clientondersteuning'),
      },
      lastVerified: '2026-04-04',
    }),
    party('akkers-helpt', 'De Akkers Helpt Elkaar', 'initiatief', 'welzijn', {
      role: 'burgerinitiatief',
      description:
        'Buurtbewoners helpen elkaar met boodschappen, een ritje naar het ziekenhuis of een klusje in huis. Bel of app ons.',
      targetGroups: ['ouderen', 'mantelzorgers', 'buurtbewoners'],
      areas: ['De Akkers'],
      contact: { phone: '06-12 34 56 50', email: MAIL('akkershelpt', 'buurt') },
      lastVerified: '2026-07-30',
    }),
    // Zorg
    party('casemanager', 'Marieke Smit', 'persoon', 'zorg', {
      role: 'casemanager dementie',
      description:
        'Ik begeleid mensen met dementie en hun mantelzorger vanaf de diagnose. Ik stem de zorg af met de huisarts en de thuiszorg.',
      targetGroups: ['mensen met dementie', 'mantelzorgers'],
      areas: ALL,
      contact: { phone: '06-12 34 56 02', email: MAIL('m.smit', 'zorgzaam') },
      lastVerified: '2026-10-05',
    }),
    party('thuiszorg', 'Thuiszorg Zorgzaam', 'organisatie', 'zorg', {
      role: 'thuiszorg',
      description: 'Hulp bij wassen, aankleden en medicijnen, bij jou thuis. Ook huishoudelijke hulp.',
      targetGroups: ['ouderen', 'mensen met een beperking'],
      areas: ALL,
      contact: {
        phone: '012-345 88 00',
        email: MAIL('info', 'zorgzaam'),
        website: WEB('zorgzaam'),
        address: 'Zorgstraat 10, Voorbeeld',
      },
      lastVerified: '2026-03-12',
    }),
    party('wijkverpleging', 'Wijkverpleging Noord', 'team', 'zorg', {
      role: 'wijkverpleging',
      description:
        'Verpleegkundigen die bij je thuis zorg geven, bijvoorbeeld wondzorg of hulp na een ziekenhuisopname.',
      targetGroups: ['ouderen', 'chronisch zieken'],
      areas: ['Noord', 'Centrum'],
      contact: { phone: '012-345 88 20', email: MAIL('wijkverpleging', 'zorgzaam') },
      lastVerified: '2026-05-27',
    }),
    party('dagbesteding', 'Dagbesteding De Linde', 'organisatie', 'zorg', {
      role: 'dagbesteding',
      description:
        'Dagbesteding voor mensen met dementie, van maandag tot en met vrijdag. Met vervoer van en naar huis.',
      targetGroups: ['mensen met dementie', 'ouderen'],
      areas: ALL,
      contact: { phone: '012-345 88 40', email: MAIL('delinde', 'zorgzaam'), address: 'Lindelaan 20, Voorbeeld' },
      lastVerified: '2026-08-14',
    }),
    party('logeerhuis', 'Logeerhuis De Boomgaard', 'organisatie', 'zorg', {
      role: 'logeerhuis (respijtzorg)',
      description: 'Je naaste kan hier een weekend of een week logeren. Zo kan de mantelzorger even op adem komen.',
      targetGroups: ['mensen met een beperking', 'ouderen', 'mantelzorgers'],
      areas: ALL,
      contact: { phone: '012-345 99 10', email: MAIL('logeren', 'boomgaard'), website: WEB('boomgaard') },
      lastVerified: '2025-03-12',
    }),
    party('begeleiding', 'Zorgaanbieder De Stap', 'organisatie', 'zorg', {
      role: 'ambulante begeleiding',
      description:
        'Begeleiding thuis en werk voor jongeren en volwassenen met een verstandelijke beperking of autisme.',
      targetGroups: ['mensen met een beperking', 'jongeren'],
      areas: ALL,
      contact: { phone: '012-345 99 30', email: MAIL('info', 'destap'), website: WEB('destap') },
      lastVerified: '2026-02-26',
    }),
    // Medisch
    party('huisartsen-centrum', 'Huisartsenpraktijk Centrum', 'organisatie', 'medisch', {
      role: 'huisartsenpraktijk',
      description: 'Huisartsenpraktijk met drie huisartsen en een praktijkondersteuner voor ouderen.',
      targetGroups: ['alle inwoners'],
      areas: ['Noord', 'Centrum'],
      contact: { phone: '012-345 12 12', website: WEB('huisartsencentrum'), address: 'Kerkstraat 15, Voorbeeld' },
      lastVerified: '2026-06-10',
    }),
    party('huisarts-bakker', 'Dokter Bakker', 'persoon', 'medisch', {
      role: 'huisarts',
      description: 'Huisarts in de praktijk Centrum. Veel van mijn patiënten zorgen voor een partner of ouder.',
      targetGroups: ['alle inwoners'],
      areas: ['Noord', 'Centrum'],
      contact: { phone: '012-345 12 12' },
      lastVerified: '2026-06-10',
    }),
    party('poh-ouderen', 'Sanne Visser', 'persoon', 'medisch', {
      role: 'praktijkondersteuner ouderen (POH)',
      description:
        'Ik bezoek oudere patiënten thuis en kijk hoe het gaat. Ik vraag ook hoe het met de mantelzorger gaat en verwijs door als dat nodig is.',
      targetGroups: ['ouderen', 'mantelzorgers'],
      areas: ['Noord', 'Centrum'],
      contact: { phone: '012-345 12 14', email: MAIL('poh', 'huisartsencentrum') },
      lastVerified: '2026-06-10',
    }),
    party('gezondheidscentrum-akkers', 'Gezondheidscentrum De Akkers', 'organisatie', 'medisch', {
      role: 'huisartsen en praktijkondersteuners',
      description: 'Huisartsen, praktijkondersteuners en een apotheek onder één dak.',
      targetGroups: ['alle inwoners'],
      areas: ['De Akkers', 'Oud-Zuid'],
      contact: { phone: '012-345 13 13', website: WEB('gc-deakkers'), address: 'Akkerweg 40, Voorbeeld' },
      lastVerified: '2025-08-30',
    }),
    party('ouderenspecialist', 'Dr. Yusuf Demir', 'persoon', 'medisch', {
      role: 'specialist ouderengeneeskunde',
      description:
        'Ik help bij moeilijke vragen over ouderen met meerdere ziektes of dementie. De huisarts of casemanager vraagt mij erbij.',
      targetGroups: ['ouderen', 'mensen met dementie'],
      areas: ALL,
      contact: { phone: '012-345 14 00', email: MAIL('y.demir', 'ziekenhuis') },
      lastVerified: '2026-01-15',
    }),
    party('ziekenhuis', 'Ziekenhuis Voorbeeld', 'organisatie', 'medisch', {
      role: 'ziekenhuis',
      description: 'Ziekenhuis met een polikliniek geriatrie en een polikliniek neurologie.',
      targetGroups: ['alle inwoners'],
      areas: ALL,
      contact: { phone: '012-345 14 14', website: WEB('ziekenhuis'), address: 'Ziekenhuislaan 1, Voorbeeld' },
      lastVerified: '2026-04-16',
    }),
    party('fysiotherapie', 'Fysiotherapie In Beweging', 'organisatie', 'medisch', {
      role: 'fysiotherapeut',
      description: 'Fysiotherapie in de praktijk en aan huis. Ook valpreventie voor ouderen.',
      targetGroups: ['ouderen', 'alle inwoners'],
      areas: ['De Akkers', 'Oud-Zuid', 'Centrum'],
      contact: { phone: '012-345 15 00', website: WEB('inbeweging') },
      lastVerified: '2026-05-05',
    }),
    party('apotheek', 'Apotheek De Akkers', 'organisatie', 'medisch', {
      role: 'apotheek',
      description:
        'Medicijnen, uitleg over medicijnen en een medicijnrol voor wie dat nodig heeft. Bezorging aan huis.',
      targetGroups: ['alle inwoners'],
      areas: ALL,
      contact: { phone: '012-345 13 20', address: 'Akkerweg 40, Voorbeeld' },
      lastVerified: '2026-07-07',
    }),
    // Overig: levensbeschouwing, wonen, werk, school, vrije tijd
    party('kerk', 'Protestantse Gemeente De Ark', 'organisatie', 'overig', {
      role: 'kerk',
      description:
        'De diaconie bezoekt zieke en eenzame mensen en helpt waar dat kan, ook als je niet naar de kerk gaat.',
      targetGroups: ['ouderen', 'eenzame inwoners'],
      areas: ['Noord', 'Centrum'],
      contact: { phone: '012-345 16 00', email: MAIL('diaconie', 'deark') },
      lastVerified: '2025-09-10',
    }),
    party('moskee', 'Moskee Al Amal', 'organisatie', 'overig', {
      role: 'moskee',
      description: 'Naast gebed ook een vrouwengroep en een spreekuur voor vragen over zorg, geld en school.',
      targetGroups: ['buurtbewoners', 'gezinnen'],
      areas: ['De Akkers', 'Oud-Zuid'],
      contact: { phone: '012-345 16 20', email: MAIL('info', 'alamal') },
      lastVerified: '2026-03-03',
    }),
    party('scouting', 'Scouting De Zwervers', 'organisatie', 'overig', {
      role: 'scouting',
      description: 'Scouting voor kinderen en jongeren. Eén keer per jaar doen we een klusdag bij ouderen in de buurt.',
      targetGroups: ['kinderen', 'jongeren'],
      areas: ['Noord'],
      contact: { email: MAIL('bestuur', 'dezwervers'), website: WEB('dezwervers') },
      lastVerified: '2026-02-02',
    }),
    party('woningcorporatie', 'Woonstichting Thuis', 'organisatie', 'overig', {
      role: 'woningcorporatie',
      description: 'Wij verhuren betaalbare woningen. Onze wijkconsulenten merken vaak als het thuis niet meer gaat.',
      targetGroups: ['huurders'],
      areas: ALL,
      contact: { phone: '012-345 17 00', website: WEB('woonstichtingthuis'), address: 'Havenweg 3, Voorbeeld' },
      lastVerified: '2026-08-25',
    }),
    party('werkgever', 'Bouwbedrijf Van Dijk', 'organisatie', 'overig', {
      role: 'werkgever',
      description: 'Bouwbedrijf met 120 medewerkers. We willen een mantelzorgvriendelijke werkgever zijn.',
      targetGroups: ['werkende mantelzorgers'],
      areas: ['Centrum'],
      contact: { phone: '012-345 18 00', website: WEB('vandijkbouw') },
      lastVerified: '2026-04-28',
    }),
    party('school', 'Het Voorbeeld College', 'organisatie', 'overig', {
      role: 'middelbare school',
      description:
        'School voor vmbo, havo en vwo. De mentoren en de zorgcoördinator letten op leerlingen die thuis zorgen.',
      targetGroups: ['jongeren', 'jonge mantelzorgers'],
      areas: ALL,
      contact: { phone: '012-345 19 00', website: WEB('college') },
      lastVerified: '2026-09-09',
    }),
    party('repair-cafe', 'Repair Café Oud-Zuid', 'initiatief', 'overig', {
      role: 'repair café',
      description:
        'Elke eerste zaterdag van de maand repareren vrijwilligers samen met jou kapotte spullen. Met koffie.',
      targetGroups: ['buurtbewoners'],
      areas: ['Oud-Zuid'],
      contact: { email: MAIL('repaircafe', 'buurt') },
      lastVerified: '2024-06-22',
    }),
    // Informeel: buurt en het eigen netwerk van de twee mantelzorgers
    party('buurtvereniging', 'Buurtvereniging Noord', 'initiatief', 'informeel', {
      role: 'buurtvereniging',
      description: 'Buurtfeest, burendag en een buurtapp waarin buren elkaar helpen.',
      targetGroups: ['buurtbewoners'],
      areas: ['Noord'],
      contact: { email: MAIL('bestuur', 'buurtnoord') },
      lastVerified: '2026-05-18',
    }),
    party('ans', 'Ans de Vries', 'persoon', 'informeel', {
      role: 'mantelzorger (partner)',
      description: 'Zorgt voor haar man Henk, die dementie heeft.',
      areas: ['Noord'],
    }),
    party('henk', 'Henk de Vries', 'persoon', 'informeel', {
      role: 'naaste',
      description: 'Heeft sinds twee jaar de ziekte van Alzheimer. Woont thuis met Ans.',
      areas: ['Noord'],
    }),
    party('marloes', 'Marloes de Vries', 'persoon', 'informeel', {
      role: 'dochter',
      description: 'Komt elke zondag en regelt de papieren.',
      areas: ['Centrum'],
    }),
    party('jeroen', 'Jeroen de Vries', 'persoon', 'informeel', {
      role: 'zoon',
      description: 'Woont ver weg en belt eens per week.',
    }),
    party('gerda', 'Gerda Peters', 'persoon', 'informeel', {
      role: 'buurvrouw',
      description: 'Buurvrouw van Ans en Henk. Kijkt even als Ans boodschappen doet.',
      areas: ['Noord'],
    }),
    party('kees', 'Kees Hoekstra', 'persoon', 'welzijn', {
      role: 'vrijwilliger (maatje)',
      description: 'Maatje van Henk: ze wandelen elke woensdag samen.',
      areas: ['Noord'],
    }),
    party('samira', 'Samira Bouzid', 'persoon', 'informeel', {
      role: 'mantelzorger (moeder)',
      description: 'Zorgt voor haar zoon Yassin en werkt 24 uur per week.',
      areas: ['De Akkers'],
    }),
    party('yassin', 'Yassin Bouzid', 'persoon', 'informeel', {
      role: 'naaste',
      description: 'Is 19 jaar, heeft een verstandelijke beperking en epilepsie. Woont thuis bij zijn moeder.',
      areas: ['De Akkers'],
    }),
    party('nadia', 'Nadia Bouzid', 'persoon', 'informeel', {
      role: 'zus van Samira',
      description: 'Woont in een andere stad. Springt soms bij in de vakantie.',
    }),
  ];
}

/** [source, target, kind, strength, mutual, note] */
type RelationRow = readonly [string, string, RelationKind, Strength, boolean, string?];

const RELATIONS: readonly RelationRow[] = [
  ['mantelzorgconsulent', 'steunpunt', 'werkt-samen', 'sterk', true, 'Lotte werkt bij het steunpunt.'],
  ['gemeente', 'steunpunt', 'ondersteunt', 'sterk', false, 'Subsidie en jaarlijkse afspraken.'],
  ['wmo-consulent', 'gemeente', 'werkt-samen', 'sterk', true],
  ['beleidsadviseur', 'gemeente', 'werkt-samen', 'sterk', true],
  [
    'beleidsadviseur',
    'mantelzorgconsulent',
    'werkt-samen',
    'sterk',
    true,
    'Samen aan tafel met mantelzorgers (dialoogtafels).',
  ],
  ['wmo-consulent', 'mantelzorgconsulent', 'verwijst', 'zwak', false],
  ['wijkteam-noord', 'mantelzorgconsulent', 'verwijst', 'sterk', false],
  ['wijkteam-zuid', 'mantelzorgconsulent', 'verwijst', 'zwak', false],
  ['wijkteam-noord', 'wijkteam-zuid', 'werkt-samen', 'sterk', true],
  ['wijkteam-noord', 'wmo-consulent', 'werkt-samen', 'sterk', true],
  ['wijkteam-zuid', 'wmo-consulent', 'werkt-samen', 'moeizaam', true, 'Lange wachttijd voor een keukentafelgesprek.'],
  ['huisarts-bakker', 'huisartsen-centrum', 'werkt-samen', 'sterk', true],
  ['poh-ouderen', 'huisartsen-centrum', 'werkt-samen', 'sterk', true],
  ['poh-ouderen', 'huisarts-bakker', 'informeert', 'sterk', false],
  [
    'poh-ouderen',
    'mantelzorgconsulent',
    'verwijst',
    'sterk',
    false,
    'Warme overdracht: de POH belt zelf met de mantelzorgconsulent.',
  ],
  [
    'huisarts-bakker',
    'mantelzorgconsulent',
    'verwijst',
    'zwak',
    false,
    'De huisarts kent het steunpunt pas sinds kort.',
  ],
  ['casemanager', 'huisarts-bakker', 'werkt-samen', 'sterk', true],
  ['casemanager', 'poh-ouderen', 'werkt-samen', 'sterk', true],
  ['casemanager', 'gezondheidscentrum-akkers', 'werkt-samen', 'zwak', true],
  ['casemanager', 'thuiszorg', 'coordineert', 'sterk', false],
  ['casemanager', 'dagbesteding', 'verwijst', 'sterk', false],
  ['casemanager', 'ontmoetingscentrum', 'verwijst', 'sterk', false],
  ['casemanager', 'alzheimer-cafe', 'informeert', 'zwak', false],
  [
    'casemanager',
    'ouderenspecialist',
    'werkt-samen',
    'zwak',
    true,
    'Alleen contact als het thuis echt niet meer gaat.',
  ],
  ['casemanager', 'mantelzorgconsulent', 'werkt-samen', 'sterk', true],
  ['thuiszorg', 'wijkverpleging', 'werkt-samen', 'sterk', true],
  [
    'thuiszorg',
    'huisarts-bakker',
    'informeert',
    'moeizaam',
    false,
    'De rapportage komt vaak niet aan bij de huisarts.',
  ],
  ['wijkverpleging', 'huisartsen-centrum', 'werkt-samen', 'sterk', true],
  ['wijkverpleging', 'gezondheidscentrum-akkers', 'werkt-samen', 'sterk', true],
  ['wijkverpleging', 'apotheek', 'werkt-samen', 'sterk', true],
  ['apotheek', 'huisartsen-centrum', 'werkt-samen', 'sterk', true],
  ['apotheek', 'gezondheidscentrum-akkers', 'werkt-samen', 'sterk', true],
  ['fysiotherapie', 'gezondheidscentrum-akkers', 'werkt-samen', 'sterk', true],
  ['fysiotherapie', 'huisartsen-centrum', 'werkt-samen', 'zwak', true],
  ['ouderenspecialist', 'ziekenhuis', 'werkt-samen', 'sterk', true],
  ['ziekenhuis', 'huisartsen-centrum', 'informeert', 'zwak', false],
  ['ziekenhuis', 'gezondheidscentrum-akkers', 'informeert', 'zwak', false],
  ['vrijwilligerscentrale', 'maatjesproject', 'ondersteunt', 'sterk', false],
  ['vrijwilligerscentrale', 'vervangende-zorg', 'ondersteunt', 'sterk', false],
  ['vrijwilligerscentrale', 'humanitas', 'werkt-samen', 'zwak', true],
  ['vrijwilligerscentrale', 'steunpunt', 'werkt-samen', 'sterk', true],
  ['maatjesproject', 'mantelzorgconsulent', 'werkt-samen', 'sterk', true],
  ['vervangende-zorg', 'steunpunt', 'werkt-samen', 'sterk', true],
  ['vervangende-zorg', 'casemanager', 'werkt-samen', 'zwak', true],
  ['dagbesteding', 'ontmoetingscentrum', 'werkt-samen', 'sterk', true],
  ['dagbesteding', 'thuiszorg', 'werkt-samen', 'moeizaam', true, 'Vervoer en tijden sluiten niet op elkaar aan.'],
  ['dorpsdagvoorziening', 'akkers-helpt', 'werkt-samen', 'sterk', true],
  ['wijkteam-zuid', 'dorpsdagvoorziening', 'verwijst', 'zwak', false],
  ['dorpsdagvoorziening', 'mantelzorgconsulent', 'informeert', 'zwak', false],
  ['ontmoetingscentrum', 'alzheimer-cafe', 'werkt-samen', 'sterk', true],
  ['alzheimer-cafe', 'bibliotheek', 'werkt-samen', 'sterk', true, 'Het café is elke derde dinsdag in de bibliotheek.'],
  ['alzheimer-cafe', 'steunpunt', 'werkt-samen', 'sterk', true],
  ['kerk', 'steunpunt', 'informeert', 'zwak', false],
  ['kerk', 'buurtvereniging', 'werkt-samen', 'sterk', true],
  ['kerk', 'maatjesproject', 'werkt-samen', 'zwak', true],
  ['moskee', 'wijkteam-zuid', 'werkt-samen', 'zwak', true, 'Eerste kennismaking in 2026.'],
  [
    'moskee',
    'steunpunt',
    'werkt-samen',
    'moeizaam',
    true,
    'Het woord mantelzorg zegt veel mensen hier niets. We zoeken samen naar de goede woorden.',
  ],
  ['scouting', 'jongerenwerk', 'werkt-samen', 'sterk', true],
  ['scouting', 'buurtvereniging', 'werkt-samen', 'zwak', true],
  ['woningcorporatie', 'wijkteam-noord', 'werkt-samen', 'sterk', true],
  ['woningcorporatie', 'wijkteam-zuid', 'werkt-samen', 'sterk', true],
  ['woningcorporatie', 'wmo-consulent', 'werkt-samen', 'moeizaam', true, 'Aanpassingen in huis duren lang.'],
  ['woningcorporatie', 'schuldhulp', 'verwijst', 'sterk', false],
  ['werkgever', 'steunpunt', 'werkt-samen', 'zwak', true, 'Eén lunchbijeenkomst over werk en mantelzorg.'],
  ['gemeente', 'werkgever', 'informeert', 'zwak', false],
  ['school', 'jongerenwerk', 'werkt-samen', 'sterk', true],
  ['school', 'steunpunt', 'verwijst', 'zwak', false],
  ['school', 'wijkteam-noord', 'werkt-samen', 'zwak', true],
  ['jongerenwerk', 'steunpunt', 'werkt-samen', 'sterk', true, 'Samen een groep voor jonge mantelzorgers.'],
  ['jongerenwerk', 'wijkteam-noord', 'werkt-samen', 'sterk', true],
  ['bibliotheek', 'humanitas', 'werkt-samen', 'sterk', true, 'Spreekuur thuisadministratie in de bibliotheek.'],
  ['bibliotheek', 'inloop', 'werkt-samen', 'zwak', true],
  ['inloop', 'wijkteam-noord', 'werkt-samen', 'sterk', true],
  ['inloop', 'steunpunt', 'werkt-samen', 'sterk', true],
  ['inloop', 'clientondersteuning', 'werkt-samen', 'sterk', true],
  ['inloop', 'woningcorporatie', 'werkt-samen', 'zwak', true],
  ['humanitas', 'schuldhulp', 'verwijst', 'sterk', false],
  ['schuldhulp', 'wijkteam-zuid', 'werkt-samen', 'sterk', true],
  ['schuldhulp', 'wmo-consulent', 'werkt-samen', 'zwak', true],
  [
    'clientondersteuning',
    'wmo-consulent',
    'werkt-samen',
    'moeizaam',
    true,
    'Soms denken we anders over wat iemand nodig heeft.',
  ],
  ['clientondersteuning', 'begeleiding', 'werkt-samen', 'zwak', true],
  ['begeleiding', 'logeerhuis', 'verwijst', 'zwak', false],
  ['logeerhuis', 'steunpunt', 'werkt-samen', 'zwak', true],
  ['wmo-consulent', 'logeerhuis', 'verwijst', 'sterk', false],
  ['akkers-helpt', 'buurtvereniging', 'werkt-samen', 'sterk', true],
  ['akkers-helpt', 'wijkteam-zuid', 'werkt-samen', 'sterk', true],
  ['vrijwilligerscentrale', 'akkers-helpt', 'ondersteunt', 'zwak', false],
  ['buurtvereniging', 'wijkteam-noord', 'informeert', 'zwak', false],
  [
    'gezondheidscentrum-akkers',
    'wijkteam-zuid',
    'werkt-samen',
    'moeizaam',
    true,
    'Privacyregels maken overleg over een gezin lastig.',
  ],
  ['huisartsen-centrum', 'wijkteam-noord', 'werkt-samen', 'sterk', true],
  ['ans', 'henk', 'ondersteunt', 'sterk', false],
  ['marloes', 'ans', 'ondersteunt', 'sterk', false],
  ['jeroen', 'ans', 'ondersteunt', 'zwak', false],
  ['gerda', 'ans', 'ondersteunt', 'sterk', false],
  ['gerda', 'buurtvereniging', 'werkt-samen', 'sterk', true, 'Gerda zit in het bestuur van de buurtvereniging.'],
  ['kees', 'maatjesproject', 'werkt-samen', 'sterk', true, 'Kees is vrijwilliger bij het maatjesproject.'],
  ['samira', 'yassin', 'ondersteunt', 'sterk', false],
  ['nadia', 'samira', 'ondersteunt', 'zwak', false],
];

function toRelation([source, target, kind, strength, mutual, note]: RelationRow, id: string): Relation {
  return { id, source, target, kind, strength, ...(mutual ? { directed: false } : {}), ...(note ? { note } : {}) };
}

function relations(): Relation[] {
  return RELATIONS.map((row, i) => toRelation(row, `rel-${i + 1}`));
}

type MemberRow = readonly [party: string, ring: Ring, field: NetworkField, regiehouder?: boolean];

function network(
  id: string,
  name: string,
  carer: string,
  caredFor: string,
  members: readonly MemberRow[],
  rels: readonly RelationRow[],
  note?: string,
): CareNetwork {
  return {
    id,
    name,
    carer,
    caredFor,
    members: members.map(([p, ring, field, regie]) => ({
      party: p,
      ring,
      field,
      ...(regie ? { regiehouder: true } : {}),
    })),
    relations: rels.map((row, i) => toRelation(row, `${id}-rel-${i + 1}`)),
    ...(note ? { note } : {}),
  };
}

function careNetworks(): CareNetwork[] {
  return [
    network(
      'netwerk-ans',
      'Netwerk van Ans en Henk',
      'ans',
      'henk',
      [
        ['marloes', 'eigen-netwerk', 'informeel'],
        ['jeroen', 'eigen-netwerk', 'informeel'],
        ['gerda', 'eigen-netwerk', 'informeel'],
        ['casemanager', 'dichtbij', 'zorg', true],
        ['thuiszorg', 'dichtbij', 'zorg'],
        ['dagbesteding', 'dichtbij', 'zorg'],
        ['huisarts-bakker', 'dichtbij', 'medisch'],
        ['poh-ouderen', 'dichtbij', 'medisch'],
        ['kees', 'dichtbij', 'welzijn'],
        ['mantelzorgconsulent', 'dichtbij', 'welzijn'],
        ['ouderenspecialist', 'op-afstand', 'medisch'],
        ['apotheek', 'op-afstand', 'medisch'],
        ['alzheimer-cafe', 'op-afstand', 'welzijn'],
        ['kerk', 'op-afstand', 'welzijn'],
        ['scouting', 'op-afstand', 'welzijn'],
      ],
      [
        ['ans', 'henk', 'ondersteunt', 'sterk', false],
        ['marloes', 'ans', 'ondersteunt', 'sterk', false, 'Marloes regelt de papieren en komt elke zondag.'],
        [
          'marloes',
          'casemanager',
          'informeert',
          'zwak',
          false,
          'Marloes belt de casemanager als Ans het niet meer weet.',
        ],
        ['poh-ouderen', 'mantelzorgconsulent', 'verwijst', 'sterk', false],
        ['jeroen', 'ans', 'ondersteunt', 'moeizaam', false, 'Jeroen woont ver weg. Ans wil hem niet belasten.'],
        ['gerda', 'ans', 'ondersteunt', 'sterk', false],
        ['casemanager', 'ans', 'ondersteunt', 'sterk', false],
        ['casemanager', 'huisarts-bakker', 'werkt-samen', 'sterk', true],
        ['casemanager', 'thuiszorg', 'coordineert', 'sterk', false],
        ['casemanager', 'dagbesteding', 'coordineert', 'sterk', false],
        ['casemanager', 'mantelzorgconsulent', 'werkt-samen', 'sterk', true],
        ['casemanager', 'ouderenspecialist', 'informeert', 'zwak', false],
        ['huisarts-bakker', 'poh-ouderen', 'werkt-samen', 'sterk', true],
        ['poh-ouderen', 'ans', 'informeert', 'sterk', false],
        ['thuiszorg', 'henk', 'ondersteunt', 'sterk', false],
        [
          'thuiszorg',
          'huisarts-bakker',
          'informeert',
          'moeizaam',
          false,
          'Ans moet vaak zelf doorgeven wat de thuiszorg ziet.',
        ],
        ['dagbesteding', 'henk', 'ondersteunt', 'sterk', false],
        ['kees', 'henk', 'ondersteunt', 'sterk', false, 'Elke woensdag samen wandelen.'],
        ['mantelzorgconsulent', 'ans', 'ondersteunt', 'sterk', false],
        ['apotheek', 'henk', 'ondersteunt', 'zwak', false],
        ['alzheimer-cafe', 'ans', 'informeert', 'zwak', false],
        ['kerk', 'gerda', 'werkt-samen', 'zwak', true],
        ['scouting', 'henk', 'ondersteunt', 'zwak', false, 'Klusdag in de tuin, één keer per jaar.'],
      ],
      'Ans zorgt al twee jaar voor Henk. De casemanager houdt de regie. Ans wil graag één keer per maand een dag voor zichzelf.',
    ),
    network(
      'netwerk-samira',
      'Netwerk van Samira en Yassin',
      'samira',
      'yassin',
      [
        ['nadia', 'eigen-netwerk', 'informeel'],
        ['begeleiding', 'dichtbij', 'zorg'],
        ['gezondheidscentrum-akkers', 'dichtbij', 'medisch'],
        ['logeerhuis', 'op-afstand', 'zorg'],
        ['ziekenhuis', 'op-afstand', 'medisch'],
      ],
      [
        ['samira', 'yassin', 'ondersteunt', 'sterk', false],
        ['nadia', 'samira', 'ondersteunt', 'zwak', false, 'Alleen in de vakanties.'],
        ['begeleiding', 'yassin', 'ondersteunt', 'sterk', false],
        ['gezondheidscentrum-akkers', 'samira', 'informeert', 'zwak', false],
        [
          'ziekenhuis',
          'gezondheidscentrum-akkers',
          'informeert',
          'moeizaam',
          false,
          'Brieven van de neuroloog komen laat aan.',
        ],
        [
          'logeerhuis',
          'yassin',
          'ondersteunt',
          'zwak',
          false,
          'Wachtlijst: Yassin kon dit jaar maar één keer logeren.',
        ],
      ],
      'Samira regelt alles zelf, naast haar werk. Niemand heeft de regie en er is geen contact met welzijn.',
    ),
  ];
}

type IndicatorRow = readonly [
  description: string,
  unit: string,
  baseline: number,
  target: number,
  targetDate: string,
  readings: readonly (readonly [string, number])[],
];
type StepRow = readonly [title: string, owner: string | undefined, due: string, status: StepStatus];

function goal(
  id: string,
  parent: string | undefined,
  title: string,
  description: string,
  partners: readonly string[],
  steps: readonly StepRow[],
  indicator?: IndicatorRow,
): Goal {
  const g: Goal = {
    id,
    title,
    description,
    partners: [...partners],
    steps: steps.map(([t, owner, due, status], i) => {
      const s: Step = { id: `${id}-stap-${i + 1}`, title: t, due, status };
      if (owner) s.owner = owner;
      return s;
    }),
  };
  if (parent) g.parent = parent;
  if (indicator) {
    const [desc, unit, baseline, target, targetDate, readings] = indicator;
    const ind: Indicator = {
      description: desc,
      unit,
      baseline,
      target,
      targetDate,
      readings: readings.map(([date, value]) => ({ date, value })),
    };
    g.indicator = ind;
  }
  return g;
}

function goalTrees(): GoalTree[] {
  const root = 'doel-stip';
  const goals: Goal[] = [
    goal(
      root,
      undefined,
      'Mantelzorgers in Voorbeeldwijk houden het vol en voelen zich gezien',
      'Onze stip op de horizon. Samen gemaakt met mantelzorgers, zorg, welzijn, huisartsen en gemeente in de leerkring van 2026.',
      ['gemeente', 'steunpunt'],
      [['Doelenboom elk jaar samen bijwerken', 'beleidsadviseur', '2027-03-31', 'open']],
      [
        'Mantelzorgers die zeggen dat ze het goed volhouden (mantelzorgpeiling)',
        '%',
        58,
        70,
        '2028-12-31',
        [
          ['2025-11-15', 58],
          ['2026-11-01', 62],
        ],
      ],
    ),

    goal(
      'doel-weten',
      root,
      'Mantelzorgers weten waar ze terechtkunnen',
      'Een mantelzorger vindt snel de juiste hulp, ook als hij of zij zichzelf geen mantelzorger noemt.',
      ['steunpunt', 'wijkteam-noord', 'wijkteam-zuid', 'bibliotheek'],
      [['Werkgroep "Vindbaar" komt elk kwartaal bij elkaar', 'steunpunt', '2026-12-15', 'bezig']],
      [
        'Mantelzorgers die weten waar ze met een vraag terechtkunnen (mantelzorgpeiling)',
        '%',
        45,
        75,
        '2028-12-31',
        [
          ['2025-11-15', 45],
          ['2026-11-01', 53],
        ],
      ],
    ),
    goal(
      'doel-warm-verwijzen',
      'doel-weten',
      'Huisartsen verwijzen mantelzorgers warm door naar de mantelzorgconsulent',
      'De huisarts of POH belt zelf met de mantelzorgconsulent, met toestemming van de mantelzorger.',
      ['huisartsen-centrum', 'gezondheidscentrum-akkers', 'poh-ouderen', 'mantelzorgconsulent'],
      [
        [
          'Kennismaking mantelzorgconsulent bij beide huisartsenpraktijken',
          'mantelzorgconsulent',
          '2026-03-01',
          'klaar',
        ],
        ['Vaste verwijskaart voor de POH', 'poh-ouderen', '2026-06-01', 'klaar'],
        ['Terugkoppeling aan de huisarts na elk eerste gesprek', 'mantelzorgconsulent', '2026-12-31', 'bezig'],
      ],
      [
        'Mantelzorgers die via de huisarts bij het steunpunt komen',
        'per kwartaal',
        4,
        20,
        '2027-12-31',
        [
          ['2026-03-31', 6],
          ['2026-06-30', 9],
          ['2026-09-30', 13],
        ],
      ],
    ),
    goal(
      'doel-sociale-kaart',
      'doel-weten',
      'De sociale kaart "Wie is wie in Voorbeeldwijk" is compleet en actueel',
      'Ook vrijwilligersorganisaties, kerk, moskee en burgerinitiatieven staan erin.',
      ['steunpunt', 'vrijwilligerscentrale', 'gemeente'],
      [
        ['Alle organisaties één keer per jaar laten controleren', 'vrijwilligerscentrale', '2026-10-01', 'bezig'],
        ['Burgerinitiatieven toevoegen', 'steunpunt', '2026-05-01', 'klaar'],
      ],
      [
        'Organisaties met gegevens die het afgelopen jaar zijn gecontroleerd',
        '%',
        40,
        90,
        '2027-06-30',
        [
          ['2026-01-15', 45],
          ['2026-10-15', 78],
        ],
      ],
    ),
    goal(
      'doel-inloop',
      'doel-weten',
      'Elke maand een mantelzorgspreekuur in de bibliotheek',
      'Zonder afspraak binnenlopen, samen met de Wmo-consulent en Humanitas.',
      ['bibliotheek', 'mantelzorgconsulent', 'wmo-consulent', 'humanitas'],
      [
        ['Vaste dag en ruimte afspreken', 'bibliotheek', '2026-02-01', 'klaar'],
        ['Spreekuur bekendmaken in de buurtkrant', 'steunpunt', '2026-03-01', 'klaar'],
      ],
      [
        'Bezoekers van het spreekuur',
        'per maand',
        0,
        15,
        '2026-12-31',
        [
          ['2026-04-30', 5],
          ['2026-07-31', 8],
          ['2026-10-31', 11],
        ],
      ],
    ),

    goal(
      'doel-zorg-naaste',
      root,
      'Goede zorg voor de naaste, zonder steeds hetzelfde verhaal',
      'De mantelzorger is vaste gesprekspartner en hoeft niet alles steeds opnieuw te vertellen.',
      ['casemanager', 'thuiszorg', 'huisartsen-centrum'],
      [['Casusoverleg mantelzorg elke zes weken', 'casemanager', '2026-06-01', 'klaar']],
      [
        'Mantelzorgers die tevreden zijn over de zorg voor hun naaste (mantelzorgpeiling)',
        '%',
        61,
        75,
        '2028-12-31',
        [
          ['2025-11-15', 61],
          ['2026-11-01', 64],
        ],
      ],
    ),
    goal(
      'doel-regiehouder',
      'doel-zorg-naaste',
      'Elk gezin met dementie heeft één vaste regiehouder',
      'Met de mantelzorger spreken we af wie de regie houdt. Die persoon is het eerste aanspreekpunt.',
      ['casemanager', 'wijkteam-noord', 'wijkteam-zuid', 'huisartsen-centrum'],
      [
        ['Stappenplan regiehouderschap schrijven', 'casemanager', '2026-04-01', 'klaar'],
        ['Regiehouder vastleggen in het zorgplan', 'thuiszorg', '2026-09-01', 'bezig'],
        ['Evaluatie met tien mantelzorgers', 'mantelzorgconsulent', '2027-02-01', 'open'],
      ],
      [
        'Gezinnen met dementie met een afgesproken regiehouder',
        '%',
        35,
        90,
        '2027-12-31',
        [
          ['2026-01-31', 40],
          ['2026-09-30', 61],
        ],
      ],
    ),
    goal(
      'doel-zorgoverleg',
      'doel-zorg-naaste',
      'De mantelzorger zit aan tafel bij het zorgoverleg',
      'Bij elk multidisciplinair overleg over een cliënt thuis wordt de mantelzorger uitgenodigd.',
      ['casemanager', 'wijkverpleging', 'ouderenspecialist'],
      [['Uitnodiging en vaste tijd afstemmen met mantelzorgers', 'wijkverpleging', '2026-11-15', 'bezig']],
      ['Overleggen waarbij de mantelzorger aanwezig was', '%', 20, 75, '2027-06-30', [['2026-06-30', 31]]],
    ),
    goal(
      'doel-een-verhaal',
      'doel-zorg-naaste',
      'Eén overdracht tussen thuiszorg en huisarts',
      'De thuiszorg en de huisarts gebruiken hetzelfde overdrachtsformulier, zodat de mantelzorger niet de boodschapper is.',
      ['thuiszorg', 'huisartsen-centrum', 'gezondheidscentrum-akkers'],
      [['Afspraak over één overdrachtsformulier', 'thuiszorg', '2026-12-01', 'open']],
      [
        'Mantelzorgers die zeggen dat ze hun verhaal niet opnieuw hoeven te vertellen',
        '%',
        25,
        60,
        '2027-12-31',
        [['2026-05-01', 27]],
      ],
    ),

    goal(
      'doel-adem',
      root,
      'Mantelzorgers kunnen even op adem komen',
      'Respijtzorg is makkelijk te vinden, snel te regelen en past bij de naaste.',
      ['steunpunt', 'vervangende-zorg', 'logeerhuis', 'dagbesteding'],
      [['Overzicht van alle respijtzorg op één pagina', 'steunpunt', '2026-07-01', 'klaar']],
      [
        'Mantelzorgers die respijtzorg gebruiken als ze dat nodig hebben',
        '%',
        18,
        35,
        '2028-12-31',
        [
          ['2025-11-15', 18],
          ['2026-11-01', 23],
        ],
      ],
    ),
    goal(
      'doel-vrijwilligers-thuis',
      'doel-adem',
      'Meer vrijwilligers voor vervangende zorg thuis',
      'Een vrijwilliger neemt de zorg een dagdeel over, bij de mantelzorger thuis.',
      ['vervangende-zorg', 'vrijwilligerscentrale', 'kerk', 'moskee'],
      [
        ['Wervingscampagne in kerk, moskee en buurtapp', 'vrijwilligerscentrale', '2026-05-01', 'klaar'],
        [
          'Training "zorgen voor iemand met dementie" voor nieuwe vrijwilligers',
          'vervangende-zorg',
          '2026-10-01',
          'klaar',
        ],
        ['Tweede groep vrijwilligers trainen', 'vervangende-zorg', '2027-03-01', 'open'],
      ],
      [
        'Actieve vrijwilligers voor vervangende zorg',
        'vrijwilligers',
        12,
        30,
        '2027-12-31',
        [
          ['2026-01-01', 12],
          ['2026-06-01', 17],
          ['2026-10-01', 22],
        ],
      ],
    ),
    goal(
      'doel-logeren',
      'doel-adem',
      'Logeeropvang binnen twee weken te regelen',
      'Ook voor jongeren en volwassenen met een beperking, zoals Yassin.',
      ['logeerhuis', 'wmo-consulent', 'begeleiding'],
      [
        ['Snelle route voor de indicatie afspreken met de gemeente', 'wmo-consulent', '2026-09-01', 'bezig'],
        ['Extra logeerkamer in De Boomgaard', 'logeerhuis', '2027-06-01', 'open'],
      ],
      [
        'Gemiddelde wachttijd voor een logeerplek',
        'dagen',
        45,
        14,
        '2027-12-31',
        [
          ['2026-03-01', 44],
          ['2026-09-01', 38],
        ],
      ],
    ),
    goal(
      'doel-zaterdag',
      'doel-adem',
      'Dagbesteding ook op zaterdag',
      'Veel werkende mantelzorgers vragen hierom. Nog niemand heeft dit opgepakt.',
      [],
      [['Uitzoeken hoeveel mantelzorgers dit willen', undefined, '2027-01-31', 'open']],
    ),

    goal(
      'doel-erkenning',
      root,
      'Erkenning op het werk en op school',
      'Werkgevers en scholen weten wat mantelzorg is en houden er rekening mee.',
      ['werkgever', 'school', 'gemeente'],
      [['Mantelzorg op de agenda van het ondernemersontbijt', 'gemeente', '2026-09-15', 'klaar']],
      [
        'Werkende en studerende mantelzorgers die zich gesteund voelen door werk of school',
        '%',
        30,
        50,
        '2028-12-31',
        [
          ['2025-11-15', 30],
          ['2026-11-01', 34],
        ],
      ],
    ),
    goal(
      'doel-werkgevers',
      'doel-erkenning',
      'Vijf werkgevers zijn mantelzorgvriendelijk',
      'Ze hebben een aanspreekpunt voor mantelzorg en maken afspraken over werktijden.',
      ['werkgever', 'steunpunt', 'gemeente'],
      [
        ['Lunchbijeenkomst bij Bouwbedrijf Van Dijk', 'steunpunt', '2026-04-15', 'klaar'],
        ['Vier andere werkgevers benaderen', 'gemeente', '2026-12-31', 'bezig'],
      ],
      ['Werkgevers met een aanspreekpunt mantelzorg', 'werkgevers', 0, 5, '2027-12-31', [['2026-06-30', 1]]],
    ),
    goal(
      'doel-jonge-mantelzorgers',
      'doel-erkenning',
      'Scholen herkennen jonge mantelzorgers',
      'Mentoren weten wat ze kunnen doen als een leerling thuis zorgt, en verwijzen naar het jongerenwerk.',
      ['school', 'jongerenwerk', 'steunpunt'],
      [
        ['Voorlichting aan mentoren', 'jongerenwerk', '2026-10-15', 'klaar'],
        ['Groep jonge mantelzorgers start', 'jongerenwerk', '2027-01-15', 'open'],
      ],
      [
        'Jonge mantelzorgers in beeld bij het steunpunt',
        'jongeren',
        8,
        40,
        '2027-12-31',
        [
          ['2026-02-01', 9],
          ['2026-10-01', 16],
        ],
      ],
    ),

    goal(
      'doel-geld',
      root,
      'Minder geldzorgen door mantelzorg',
      'Zorgen voor een ander kost geld: reizen, minder werken, eigen bijdragen. Mantelzorgers krijgen wat hun toekomt.',
      ['schuldhulp', 'humanitas', 'gemeente'],
      [['Uitzoeken welke kosten mantelzorgers het meest raken', 'beleidsadviseur', '2026-12-31', 'bezig']],
      [
        'Mantelzorgers met geldzorgen door de zorg (mantelzorgpeiling)',
        '%',
        27,
        15,
        '2028-12-31',
        [
          ['2025-11-15', 27],
          ['2026-11-01', 25],
        ],
      ],
    ),
    goal(
      'doel-formulieren',
      'doel-geld',
      'Hulp bij formulieren, toeslagen en eigen bijdragen',
      'Vrijwilligers van Humanitas en Team Geldzaken helpen, ook bij de mantelzorger thuis.',
      ['humanitas', 'schuldhulp', 'clientondersteuning'],
      [
        ['Spreekuur thuisadministratie in de bibliotheek', 'humanitas', '2026-03-01', 'klaar'],
        ['Folder "Geld en mantelzorg" in B1-taal', 'schuldhulp', '2026-12-01', 'bezig'],
      ],
      [
        'Mantelzorgers geholpen met geldzaken',
        'per jaar',
        15,
        60,
        '2027-12-31',
        [
          ['2026-06-30', 21],
          ['2026-10-31', 34],
        ],
      ],
    ),
    goal(
      'doel-waardering',
      'doel-geld',
      'De mantelzorgwaardering bereikt ook mantelzorgers die niet bekend zijn',
      'Nu krijgen alleen geregistreerde mantelzorgers de waardering. Veel mantelzorgers weten niet dat ze mantelzorger zijn.',
      ['gemeente', 'steunpunt', 'huisartsen-centrum', 'moskee'],
      [['Aanvragen kan ook via de huisarts en de moskee', 'gemeente', '2026-09-30', 'bezig']],
    ),
  ];
  return [{ id: 'doelenboom-voorbeeldwijk', title: 'Doelenboom mantelzorg Voorbeeldwijk 2026–2028', goals }];
}

/** Respondents per round: [role, how many]. Medisch and vrijwilliger stay under three in a round. */
const ROUND_ROLES: readonly (readonly (readonly [RespondentRole, number])[])[] = [
  [
    ['gemeente', 3],
    ['zorg', 3],
    ['welzijn', 3],
    ['medisch', 2],
    ['vrijwilliger', 1],
    ['mantelzorger', 3],
  ],
  [
    ['gemeente', 3],
    ['zorg', 4],
    ['welzijn', 3],
    ['medisch', 2],
    ['vrijwilliger', 2],
    ['mantelzorger', 4],
  ],
];

/** The average answer per aspect, before role and round adjust it. */
const ASPECT_MEAN: Record<string, number> = {
  ambitie: 3.6,
  belangen: 3.3,
  relatie: 4.2,
  organisatie: 2.4,
  proces: 2.6,
  mantelzorger: 3.3,
};
const PROFESSIONAL: readonly RespondentRole[] = ['gemeente', 'zorg', 'welzijn', 'medisch'];

function tendency(role: RespondentRole, aspect: string, round: number): number {
  let mean = ASPECT_MEAN[aspect] ?? 3;
  // The story: carers and professionals see "belangen" (giving and taking) very differently.
  if (aspect === 'belangen') mean = role === 'mantelzorger' ? 1.8 : PROFESSIONAL.includes(role) ? 4.1 : 3.2;
  if (aspect === 'mantelzorger') mean += role === 'mantelzorger' ? -0.9 : 0.4;
  if (aspect === 'organisatie' && role === 'gemeente') mean += 0.6;
  if (aspect === 'relatie' && role === 'medisch') mean -= 0.7;
  // Between the rounds the partners started evaluating together: proces improves.
  if (round === 1 && aspect === 'proces') mean += 1.1;
  if (round === 1 && aspect === 'organisatie') mean += 0.3;
  return mean;
}

function answer(random: Random, mean: number): Answer {
  if (random() < 0.05) return null;
  const noisy = mean + (random() + random() + random() - 1.5) * 1.1;
  return Math.min(5, Math.max(1, Math.round(noisy)));
}

const COMMENTS: Record<string, Record<string, string>> = {
  'ronde-voorjaar-1': { organisatie: 'Ik wil wel samenwerken, maar er is geen tijd voor in mijn rooster.' },
  'ronde-voorjaar-mantelzorger-1': {
    belangen: 'Ik geef veel, maar ik moet overal zelf om vragen.',
    mantelzorger: 'Bij elke nieuwe hulpverlener vertel ik weer alles over Henk.',
  },
  'ronde-voorjaar-medisch-1': { relatie: 'Ik ken de mensen van welzijn nog nauwelijks.' },
  'ronde-voorjaar-zorg-2': { proces: 'We kijken nooit samen terug.' },
  'ronde-najaar-zorg-1': { proces: 'Het casusoverleg om de zes weken helpt echt.' },
  'ronde-najaar-mantelzorger-2': { belangen: 'Het voelt nog steeds alsof ik de regie moet houden.' },
  'ronde-najaar-welzijn-3': { organisatie: 'Fijn dat de afspraken nu op één plek staan.' },
};

function cooperationCheck(): CooperationCheck {
  const instrument = defaultInstrument({ carerLens: true });
  const rounds = [
    { id: 'ronde-voorjaar', title: 'Voorjaar 2026', date: '2026-04-14' },
    { id: 'ronde-najaar', title: 'Najaar 2026', date: '2026-10-13' },
  ];
  const random = seededRandom(2026);
  const responses: Response[] = [];
  rounds.forEach((round, r) => {
    let n = 0;
    for (const [role, count] of ROUND_ROLES[r]) {
      for (let k = 1; k <= count; k++) {
        n++;
        const answers: Record<string, Answer> = {};
        for (const aspect of instrument.aspects) {
          const mean = tendency(role, aspect.id, r);
          for (const s of aspect.statements) answers[s.id] = answer(random, mean);
        }
        const id = `${round.id}-${role}-${k}`;
        const day = Number(round.date.slice(8, 10)) + (n % 5);
        const response: Response = {
          id,
          round: round.id,
          role,
          submitted: `${round.date.slice(0, 8)}${String(day).padStart(2, '0')}T${String(9 + (n % 8)).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}:00Z`,
          answers,
        };
        const comments = COMMENTS[id] ?? (n === 1 ? COMMENTS[`${round.id}-1`] : undefined);
        if (comments) response.comments = { ...comments };
        responses.push(response);
      }
    }
  });
  const actions: Action[] = [
    {
      id: 'actie-casusoverleg',
      aspect: 'organisatie',
      what: 'Elke zes weken een casusoverleg mantelzorg, met vaste tijd en plek',
      who: 'Steunpunt Mantelzorg',
      when: '2026-06-01',
      status: 'klaar',
    },
    {
      id: 'actie-mantelzorger-aan-tafel',
      aspect: 'belangen',
      what: 'Mantelzorgers vast uitnodigen voor het zorgoverleg en vragen wat zij nodig hebben',
      who: 'Wijkteams en casemanager dementie',
      when: '2027-01-31',
      status: 'open',
    },
    {
      id: 'actie-netwerkborrel',
      aspect: 'relatie',
      what: 'Twee keer per jaar een netwerkbijeenkomst om elkaar te leren kennen, ook met huisartsen',
      who: 'Gemeente Voorbeeld',
      when: '2026-11-20',
      status: 'open',
    },
  ];
  return {
    id: 'check-voorbeeldwijk',
    title: 'Samenwerkingscheck mantelzorg Voorbeeldwijk',
    instrument,
    rounds,
    responses,
    actions,
  };
}

/**
 * "Voorbeeldwijk": a complete, valid sample dataset in plain Dutch, with parties and relations for the
 * who-is-who map, two care networks (one with gaps), a goal tree, a cooperation check over two rounds
 * and the route of a carer to respite care.
 * The same data on every call, and each call returns a fresh copy that is safe to change.
 */
export function sampleDataset(): Dataset {
  return {
    format: FORMAT,
    version: VERSION,
    title: `Voorbeeldwijk, gemeente ${SAMPLE_MUNICIPALITY}`,
    parties: parties(),
    relations: relations(),
    careNetworks: careNetworks(),
    goalTrees: goalTrees(),
    checks: [cooperationCheck()],
    routes: [sampleRoute()],
  };
}
