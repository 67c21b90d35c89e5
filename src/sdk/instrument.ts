/**
 * The built-in instrument of the samenwerkingscheck: statements on the five aspects of
 * cooperation (ambitie, belangen, relatie, organisatie, proces), written in plain Dutch (B1)
 * with an English version. Hosts can put their own instrument in a check instead.
 */
import { provideDefaultInstrument, type Instrument, type InstrumentAspect, type LocalText } from './model.js';

/** The id of the built-in instrument; a new wording gets a new id so rounds stay comparable. */
export const DEFAULT_INSTRUMENT_ID = 'samenspel-check-1';
/** The id of the optional lens "samenwerken met de mantelzorger". */
export const CARER_LENS_ID = 'mantelzorger';

type Row = readonly [nl: string, en: string];

function aspect(id: string, title: Row, question: Row, statements: readonly Row[]): InstrumentAspect {
  const text = ([nl, en]: Row): LocalText => ({ nl, en });
  return {
    id,
    title: text(title),
    question: text(question),
    statements: statements.map((row, i) => ({ id: `${id}-${i + 1}`, text: text(row) })),
  };
}

// Statement ids are stable: answers in stored rounds refer to them. Add statements at the end.
const ASPECT_ROWS = [
  [
    'ambitie',
    ['Ambitie', 'Ambition'],
    ['Wat willen we samen bereiken?', 'What do we want to achieve together?'],
    [
      [
        'We weten samen wat we willen bereiken voor mantelzorgers.',
        'Together we know what we want to achieve for carers.',
      ],
      [
        'Ons doel gaat over wat mantelzorgers echt nodig hebben, niet over wat wij toevallig aanbieden.',
        'Our goal is about what carers really need, not about what we happen to offer.',
      ],
      [
        'Ik kan ons gezamenlijke doel in een paar zinnen uitleggen aan een ander.',
        'I can explain our shared goal to someone else in a few sentences.',
      ],
      [
        'We zeggen het hardop als we een ander doel hebben dan de rest.',
        'We say so out loud when our goal differs from the others’.',
      ],
      ['We kijken geregeld samen of ons doel nog klopt.', 'We regularly check together whether our goal still fits.'],
    ],
  ],
  [
    'belangen',
    ['Belangen', 'Interests'],
    ['Wat heeft ieder aan deze samenwerking?', 'What does each partner gain from this cooperation?'],
    [
      [
        'Ik weet wat de andere partners willen halen uit deze samenwerking.',
        'I know what the other partners want to get out of this cooperation.',
      ],
      [
        'Mijn organisatie of groep heeft er zelf ook iets aan dat we samenwerken.',
        'My organisation or group also gains something from our cooperation.',
      ],
      [
        'Geven en nemen zijn in evenwicht tussen de partners.',
        'Giving and taking are in balance between the partners.',
      ],
      [
        'Als belangen botsen, bijvoorbeeld over geld, zoeken we samen naar een oplossing.',
        'When interests clash, for example about money, we look for a solution together.',
      ],
      [
        'Iedere partner brengt iets mee wat de anderen niet hebben.',
        'Every partner brings something the others do not have.',
      ],
    ],
  ],
  [
    'relatie',
    ['Relatie', 'Relationship'],
    ['Kennen en vertrouwen we elkaar?', 'Do we know and trust each other?'],
    [
      ['Ik ken de mensen met wie ik samenwerk.', 'I know the people I work with.'],
      ['Ik kan erop rekenen dat de anderen doen wat ze beloven.', 'I can count on the others to do what they promise.'],
      ['In deze groep durf ik te zeggen wat ik echt denk.', 'In this group I dare to say what I really think.'],
      ['Ik weet bij wie ik terecht kan met een vraag.', 'I know whom to go to with a question.'],
      [
        'We hebben respect voor elkaars kennis, ook als die uit ervaring komt en niet uit een opleiding.',
        'We respect each other’s knowledge, also when it comes from experience and not from training.',
      ],
    ],
  ],
  [
    'organisatie',
    ['Organisatie', 'Organisation'],
    ['Hoe regelen we de samenwerking?', 'How do we arrange the cooperation?'],
    [
      ['Ik heb genoeg tijd voor deze samenwerking.', 'I have enough time for this cooperation.'],
      ['Het is duidelijk wie wat doet.', 'It is clear who does what.'],
      [
        'Er is iemand die de samenwerking regelt en de partners bij elkaar houdt.',
        'Someone arranges the cooperation and keeps the partners together.',
      ],
      [
        'We schrijven afspraken op, zodat iedereen ze kan terugvinden.',
        'We write agreements down so that everyone can find them again.',
      ],
      ['We sturen mensen makkelijk naar elkaar door.', 'We easily refer people to each other.'],
    ],
  ],
  [
    'proces',
    ['Proces', 'Process'],
    ['Zijn we samen nog op de goede weg?', 'Are we still on the right track together?'],
    [
      [
        'We kijken samen terug op wat goed ging en wat beter kan.',
        'We look back together on what went well and what could be better.',
      ],
      ['Afspraken die we maken, voeren we ook uit.', 'We carry out the agreements we make.'],
      ['Nieuwe partners kunnen makkelijk meedoen.', 'New partners can easily join in.'],
      [
        'Ik zie dat mantelzorgers iets merken van onze samenwerking.',
        'I can see that carers notice something of our cooperation.',
      ],
      [
        'Als het niet goed loopt, zien we dat op tijd en passen we onze aanpak aan.',
        'When things do not go well, we see it in time and change our approach.',
      ],
    ],
  ],
] as const satisfies readonly (readonly [string, Row, Row, readonly Row[]])[];

const CARER_ROWS = [
  ['Mantelzorgers praten mee als we plannen maken.', 'Carers have a say when we make plans.'],
  [
    'Een mantelzorger hoeft zijn of haar verhaal niet steeds opnieuw te vertellen.',
    'A carer does not have to tell their story again and again.',
  ],
  [
    'We zien de mantelzorger als partner, niet alleen als iemand die hulp krijgt.',
    'We see the carer as a partner, not only as someone who receives help.',
  ],
  ['Het is voor de mantelzorger duidelijk wie de regie heeft.', 'It is clear to the carer who coordinates.'],
  [
    'We houden rekening met de tijd en de krachten van de mantelzorger.',
    'We take the carer’s time and strength into account.',
  ],
] as const satisfies readonly Row[];

/**
 * The optional sixth lens "samenwerken met de mantelzorger": how partners work with the carer.
 * @returns a fresh copy, safe to change
 */
export function mantelzorgerLens(): InstrumentAspect {
  return aspect(
    CARER_LENS_ID,
    ['Samenwerken met de mantelzorger', 'Working with the carer'],
    ['Is de mantelzorger een echte partner?', 'Is the carer a real partner?'],
    CARER_ROWS,
  );
}

/** Options of {@link defaultInstrument}. */
export interface DefaultInstrumentOptions {
  /** Add the sixth lens "samenwerken met de mantelzorger" (default false). */
  carerLens?: boolean;
}

/**
 * The built-in Dutch instrument: five statements on each of the five aspects, 1 (helemaal oneens)
 * to 5 (helemaal eens) or "weet ik niet / n.v.t.".
 * @returns a fresh copy, safe to change
 */
export function defaultInstrument(options: DefaultInstrumentOptions = {}): Instrument {
  const aspects = ASPECT_ROWS.map(([id, title, question, rows]) => aspect(id, title, question, rows));
  if (options.carerLens) aspects.push(mantelzorgerLens());
  return {
    id: options.carerLens ? `${DEFAULT_INSTRUMENT_ID}-mantelzorger` : DEFAULT_INSTRUMENT_ID,
    title: { nl: 'Samenwerkingscheck', en: 'Cooperation check' },
    aspects,
  };
}

// Datasets that say `"instrument": "default"` read as this one wherever this module is loaded.
provideDefaultInstrument(defaultInstrument);
