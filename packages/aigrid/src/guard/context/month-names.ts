/*
 * Month names in the seven languages covered, long and short, lowercase, with their number.
 * Short forms are written without their dot; a dot after them is matched apart.
 */

const TABLES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['en', ['january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul', 'august aug', 'september sep sept', 'october oct', 'november nov', 'december dec']],
  ['de', ['januar jänner jan', 'februar feber feb', 'märz mär mrz', 'april apr', 'mai', 'juni jun', 'juli jul', 'august aug', 'september sep sept', 'oktober okt', 'november nov', 'dezember dez']],
  ['fr', ['janvier janv', 'février fevrier févr fevr fév', 'mars', 'avril avr', 'mai', 'juin', 'juillet juil', 'août aout', 'septembre sept', 'octobre oct', 'novembre nov', 'décembre decembre déc dec']],
  ['es', ['enero ene', 'febrero feb', 'marzo mar', 'abril abr', 'mayo may', 'junio jun', 'julio jul', 'agosto ago', 'septiembre setiembre sep sept set', 'octubre oct', 'noviembre nov', 'diciembre dic']],
  ['nl', ['januari jan', 'februari feb', 'maart mrt', 'april apr', 'mei', 'juni jun', 'juli jul', 'augustus aug', 'september sep sept', 'oktober okt', 'november nov', 'december dec']],
  ['it', ['gennaio gen', 'febbraio feb', 'marzo mar', 'aprile apr', 'maggio mag', 'giugno giu', 'luglio lug', 'agosto ago', 'settembre set', 'ottobre ott', 'novembre nov', 'dicembre dic']],
  ['pt', ['janeiro jan', 'fevereiro fev', 'março marco mar', 'abril abr', 'maio mai', 'junho jun', 'julho jul', 'agosto ago', 'setembro set', 'outubro out', 'novembro nov', 'dezembro dez']],
];

function buildMonths(): ReadonlyMap<string, number> {
  const months = new Map<string, number>();
  for (const [, names] of TABLES) names.forEach((forms, index) => {
    for (const form of forms.split(' ')) months.set(form, index + 1);
  });
  return months;
}

/** Month name (lowercase, no dot) → 1–12. */
export const MONTHS: ReadonlyMap<string, number> = buildMonths();

/** The month names as one regex alternative, longest first (so "sept" is tried before "sep"). */
export const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
