/*
 * Labels of identity documents in the seven languages: passports, identity cards, driving
 * licences, residence permits, and generic "document number" / "ID number" labels, as words and
 * as keys ("passport_no", "numeroDocumento"). Acronyms (DNI, NIE, CNI, BI) count only in capitals
 * ("nie" is German for "never") and only with nothing but punctuation before the number.
 */

const DOCUMENTS = [
  'pass(?:port|eport|aport[eo]|nummer|-?nr)',
  'reisepass',
  'paspoort',
  'pasaporte',
  'personalausweis',
  'ausweis',
  String.raw`identit(?:y|ät|é|e|eit)s?[ _-]?(?:card|karte|kaart|bewijs|nummer|number|no|document)`,
  String.raw`(?<![a-z])id[ _-]?(?:card|karte|kaart)`,
  "cart(?:e|a) (?:nationale )?d[' ’]?identit",
  'carta di identit',
  String.raw`cart[aã]o de cidad[aã]o`,
  'bilhete de identidade',
  String.raw`identifica[çc][ãa]o civil`,
  'documento (?:de identi|di identi|nacional de identi)',
  'tarjeta de identidad',
  'rijbewijs',
  'f(?:ü|ue|u)hrerschein',
  String.raw`permis(?: de conduire| n[°º]| no\b)`,
  'carnet de conducir',
  'permiso de conducir',
  'licencia de conduc',
  'patente di guida',
  String.raw`carta de condu[çc][ãa]o`,
  'carteira de motorista',
  String.raw`driv(?:er'?s?|ing)[ _-]?licen[cs]e`,
  String.raw`(?<![a-z])dl[ _-]?(?:no|num|nr)`,
  String.raw`voter[ _-]?id`,
  'residence permit',
  'aufenthalts(?:titel|erlaubnis)',
  String.raw`titre de s[ée]jour`,
  'tarjeta de residencia',
  'permiso de residencia',
  'verblijfs(?:vergunning|document)',
  'permesso di soggiorno',
  String.raw`autoriza[çc][ãa]o de resid`,
  String.raw`t[ií]tulo de resid`,
  String.raw`(?<![a-z])(?:dni|nie|cni|bi)(?![a-z])`,
];

// Labels that name a number but not which document: weaker evidence.
const GENERIC = [
  String.raw`(?<![a-z])id[ _-]?(?:number|num|no|nr|nummer|numéro|número|numero)(?![a-z])`,
  String.raw`(?<![a-z])doc(?:ument)?(?:o|ento)?[ _-]?(?:number|num|no|nr|nº|n°|nummer|id)(?![a-z])`,
  String.raw`dokument(?:en)?[ _-]?(?:nummer|nr)`,
  'documentnummer',
  String.raw`licen[cs]e[ _-]?(?:number|num|no|nr)(?![a-z])`,
  String.raw`(?<![a-z])patente(?![a-z])`,
];

/** Any document label (case-insensitive): the detector confirms each candidate with it. */
export const DOCUMENT_WORD = new RegExp([...DOCUMENTS, ...GENERIC].join('|'), 'i');

/**
 * A cheap superset of DOCUMENT_WORD, the pre-check and candidate scan: each branch starts with
 * one of few letters and checks the text after it first (a lookbehind at the front of a branch
 * would run at every position). A match lies inside the label it stands for.
 */
export const DOCUMENT_GATE = new RegExp(
  [
    String.raw`p(?:a(?:ss(?:port|eport|aport[eo]|nummer|-?nr|(?<=reisepass))|spoort|saporte|tente)|ermis(?: de conduire| n[°º]| no\b)|ermesso di sogg|ermiso de (?:resid|conduc))`,
    String.raw`d(?:ni(?![a-z])|o(?:c(?:ument)?(?:o|ento)?[ _-]?(?:number|num|no|nr|nº|n°|nummer|id|de identi|di identi|nacional)|kument|cumentnummer)|l[ _-]?(?:no|num|nr)|riv(?:er'?s?|ing)[ _-]?licen[cs]e|[ _-]?(?:card|kart[ea]|kaart|number|num|no|nr|nummer|numéro|número|numero)(?<=(?<![a-z])id.{2,9})|ent(?:it|id|ifica[çc][ãa]o civil)(?<=iden.{3,21})|ad[aã]o(?<=cidad..)|u(?:c|ç|ire)(?<=condu.{1,3})|[eê]n(?:ce permit|cia|za)?(?<=resid.{1,15})|e motorista)`,
    String.raw`voter[ _-]?id`,
    String.raw`j(?:bewijs(?<=rijbewijs)|fs(?<=verblijfs)|our(?<=s[ée]jour)|eta de (?:resid|identi))`,
    String.raw`weis(?<=ausweis)`,
    String.raw`f(?:enthalts(?<=aufenthalts)|(?:ü|ue|u)hrerschein)`,
    String.raw`bi(?![a-z])(?<=(?<![a-z])bi)`,
    String.raw`n(?:ie?(?![a-z])(?<=(?<![a-z])(?:cni|nie))|[cs]e[ _-]?(?:number|num|no|nr)(?<=licen.{4,10}))`,
  ].join('|'),
  'i',
);

/** Whether a matched label is generic ("ID number", "document no.") rather than a document's name. */
export const GENERIC_WORD = new RegExp(`^(?:${GENERIC.join('|')})`, 'i');

/** Words of a line about orders, invoices, bookings: a generic "document number" there is theirs. */
export const BUSINESS_LINE =
  /invoice|rechnung|factur|fattur|fatura|order|bestell|pedido|ordine|encomenda|beleg|buchung|gebucht|booking|posted|purchase|einkauf|achat|compra|acquisto|quote|angebot|offerte|devis|presupuesto|preventivo|orçamento|lieferschein|delivery|shipment|sap\b/i;

/** Acronym labels, which count only when written in capitals. */
export const ACRONYM = /^(?:dni|nie|cni|bi)$/i;
