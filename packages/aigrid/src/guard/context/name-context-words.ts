import { endingWith } from './text-endings.js';

/*
 * The words around a person's name that tell it is one: titles, salutations, sign-offs,
 * introductions ("my name is"), role words and field names, in the seven languages covered.
 */

/** How much a title says: `strong` ("Mr", "Frau", "Mme") or `weak` ("Sr." is also "Senior", "M." an initial). */
export type TitleStrength = 'strong' | 'weak';

/** Titles and honorifics, lowercase and without their final dot. */
export const TITLES: ReadonlyMap<string, TitleStrength> = new Map([
  ...['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'sir', 'dame', 'herr', 'frau', 'fräulein', 'mme', 'mlle', 'madame', 'monsieur',
    'sra', 'srta', 'dña', 'doña', 'dª', 'señor', 'señora', 'señorita', 'dhr', 'mevr', 'mw', 'meneer', 'mevrouw', 'sig', 'sig.ra', 'sigra',
    'signor', 'signora', 'signorina', 'dott', 'dott.ssa', 'dottssa', 'dra', 'sr.ª', 'srª', 'senhor', 'senhora', 'exmo', 'exma', 'ing', 'avv',
    'mag', 'dipl', 'professor', 'professorin', 'professeur', 'profesor', 'profesora', 'professore', 'professoressa',
    'doktor', 'docteur', 'doctora', 'dottore', 'dottoressa', 'doutor', 'doutora'].map((title) => [title, 'strong'] as const),
  ...['sr', 'm', 'd', 'don', 'dom', 'lady', 'lord', 'me'].map((title) => [title, 'weak'] as const),
]);

/** How a salutation weighs: `dear` ("Dear", "Cher", "Estimado"), `loose` ("Liebe" is also "love", "Beste" "best"), `hello`. */
export type SalutationKind = 'dear' | 'loose' | 'hello';

/** Salutations before a name, lowercase. */
export const SALUTATIONS: ReadonlyMap<string, SalutationKind> = new Map([
  ...['dear', 'dearest', 'cher', 'chère', 'chers', 'estimado', 'estimada', 'querido', 'querida', 'prezado', 'prezada', 'caro', 'cara',
    'carissimo', 'carissima', 'gentile', 'gentilissimo', 'gentilissima', 'egregio', 'egregia', 'geachte', 'lieve', 'liebster', 'liebste',
    'sehr', 'geehrter', 'geehrte', 'geehrtes', 'distinguido', 'distinguida'].map((word) => [word, 'dear'] as const),
  ...['liebe', 'lieber', 'liebes', 'beste'].map((word) => [word, 'loose'] as const),
  ...['hi', 'hello', 'hey', 'hiya', 'hallo', 'moin', 'servus', 'grüezi', 'bonjour', 'bonsoir', 'salut', 'coucou', 'hola', 'buenos',
    'buenas', 'ciao', 'salve', 'buongiorno', 'olá', 'oi', 'hoi', 'goedemorgen', 'goedemiddag', 'thanks', 'danke', 'merci', 'gracias',
    'grazie', 'obrigado', 'obrigada', 'bedankt', 'morning', 'afternoon', 'evening', 'morgen', 'tag', 'abend', 'dia', 'días', 'dias',
    'tardes', 'giorno', 'guten', 'good', 'bom', 'boa', 'buon', 'buona', 'goede', 'goeden', 'buonasera', 'sera', 'soir'].map((word) => [word, 'hello'] as const),
]);

/** Sign-offs, spelled out (the regex below is built from them; name-evidence.ts reads their last letters). */
const SIGN_OFFS = [
  'regards', 'best', 'cheers', 'thanks', 'thank you', 'sincerely', 'faithfully', 'truly', 'wishes', 'love', 'grüße', 'grüßen', 'gruß', 'grüsse',
  'gruesse', 'lg', 'vg', 'mfg', 'cordialement', 'à vous', 'amicalement', 'salutations', 'bisous', 'bises', 'saludo', 'saludos', 'atentamente',
  'cordialmente', 'abrazo', 'abrazos', 'un beso', 'groet', 'groeten', 'groetjes', 'mvg', 'saluti', 'saluto', 'cumprimentos', 'atenciosamente',
  'abraços', 'beijos', 'obrigado', 'obrigada', 'grazie', 'gracias', 'merci', 'danke', 'bedankt', 'cordiales', 'distingués', 'distinguées',
  'distingues', 'distinguees', 'journée', 'journee', 'giornata', 'presto', 'abraço', 'abraco', 'bom dia', 'boa tarde', 'take care', 'vielen dank',
  'alvast bedankt', 'signed', 'gez.', 'signé', 'firmado', 'getekend', 'firmato', 'assinado',
];
// Short ones only as whole words ("lg" ends "bulg").
const WHOLE_WORD_SIGN_OFFS: ReadonlySet<string> = new Set(['lg', 'vg', 'mvg']);

/** A sign-off at the end of the line before a name ("Best regards,", "Mit freundlichen Grüßen", "Cordialement"). */
export const SIGN_OFF_BEFORE = endingWith(
  `(?:${SIGN_OFFS.map((phrase) => (WHOLE_WORD_SIGN_OFFS.has(phrase) ? '\\b' : '') + phrase.replace('.', '\\.')).join('|')})[ \\t]*[,!.]?[ \\t]*\\n?[ \\t]*`,
  'i',
);

/** The last three characters of each sign-off, lowercase (a line ending in none of them ends in no sign-off). */
export const SIGN_OFF_TAILS: ReadonlySet<string> = new Set(SIGN_OFFS.map((phrase) => phrase.slice(-3)));

/** An introduction right before a name: strong ("my name is") and weak ("I am", "ich bin"). */
export const STRONG_INTRODUCTION = endingWith(
  String.raw`(?:my name is|my name's|i am called|i'm called|call me|ich heiße|ich heisse|mein name ist|je m'appelle|je m’appelle|mon nom est|me llamo|mi nombre es|mi chiamo|il mio nome è|mijn naam is|ik heet|o meu nome é|meu nome é|me chamo|chamo-me|name is|naam is)[ \t]*["'“]?`,
  'i',
);
export const WEAK_INTRODUCTION = endingWith(
  String.raw`(?:\ble escribe|\bvi scrive|\bvous écrit|\bici|\bfala|\b(?:hoi|hallo|dag|goedemorgen|goedemiddag),? met|\bi am|\bi'm|\bi’m|\bthis is|\bich bin|\bhier ist|\bje suis|\bc'est|\bsoy|\bsono|\bik ben|\beu sou|\bsou)[ \t]*`,
  'i',
);

/** Char codes of `chars`, with the other case of each where `bothCases` (for regexes with /i). */
const codesOf = (chars: string, bothCases = false): ReadonlySet<number> =>
  new Set([...(bothCases ? chars.toLowerCase() + chars.toUpperCase() : chars)].map((char) => char.charCodeAt(0)));

/*
 * The last characters of the phrases of each regex (below and above), for cheap checks before the
 * regex (name-evidence.ts): a line whose end, over the blanks and marks the regex allows after its
 * phrase, is none of them cannot match. Keep them in step with the phrases.
 */
export const STRONG_INTRODUCTION_LAST = codesOf('sdetoèé', true);
export const WEAK_INTRODUCTION_LAST = codesOf('etiamsnyou', true);
export const TITLE_BEFORE_LAST = codesOf('rwuaesg.ª');
export const ROLE_PHRASE_LAST = codesOf('ntreo.diya', true);

/** A title just before a single word: lowercase ("geachte heer Jansen") or with a raised ending ("Sig.ra", "Sr.ª"). */
export const TITLE_BEFORE = endingWith(
  String.raw`(?:\b(?:heer|mevrouw|meneer|herr|frau|señor|señora|senhor|senhora|signor|signora|monsieur|madame|mr\.?|mrs\.?|ms\.?|dr\.?|dott\.(?:ssa)?|prof\.(?:ssa)?|avv\.|ing\.|sig\.(?:ra)?)|\b(?:Sig|Sig\.ra|Dott\.ssa|Prof\.ssa|Sr\.ª|Sra\.ª|Dª))[ \t]`,
);

/** A role phrase right before a name ("contact person:", "Ansprechpartnerin", "à l'attention de", "c/o"). */
export const ROLE_PHRASE_BEFORE = endingWith(
  String.raw`(?:contact person|contact|ansprechpartner(?:in)?|kontaktperson|kontakt|interlocut(?:eur|rice)|personne de contact|persona de contacto|contacto|contactpersoon|persona di riferimento|referente|pessoa de contato|attn\.?|attention|z\.\s?hd\.?|zu händen|à l'attention de|a la atención de|t\.a\.v\.|all'attenzione di|c\/o|signed by|written by|unterschrieben von|signé par|firmado por|getekend door|firmato da|assinado por|author|verfasser|auteur|autor|autore)[ \t]*[:\-–]?[ \t]*`,
  'i',
);

/**
 * The last word of every phrase above and of the salutations, lowercase: a name after any other
 * word has no context before it, and the phrase regexes are not tried (name-evidence.ts).
 */
export const CONTEXT_LAST_WORDS: ReadonlySet<string> = new Set([
  ...SALUTATIONS.keys(),
  ...TITLES.keys(),
  // sign-offs
  'regards', 'best', 'cheers', 'thanks', 'you', 'sincerely', 'faithfully', 'truly', 'wishes', 'love', 'grüße', 'grüßen', 'gruß', 'grüsse',
  'gruesse', 'lg', 'vg', 'mfg', 'cordialement', 'vous', 'amicalement', 'salutations', 'bisous', 'bises', 'saludo', 'saludos', 'atentamente',
  'cordialmente', 'abrazo', 'abrazos', 'beso', 'groet', 'groeten', 'groetjes', 'mvg', 'saluti', 'saluto', 'cumprimentos', 'atenciosamente',
  'abraços', 'beijos', 'signed', 'gez.', 'signé', 'firmado', 'getekend', 'firmato', 'assinado',
  // introductions
  'is', "name's", 'called', 'me', 'heiße', 'heisse', 'ist', "m'appelle", 'm’appelle', 'est', 'llamo', 'es', 'chiamo', 'è', 'heet', 'é',
  'chamo', 'chamo-me', 'escribe', 'scrive', 'écrit', 'ici', 'fala', 'met', 'am', "i'm", 'i’m', 'bin', 'suis', "c'est", 'soy', 'sono', 'ben', 'sou',
  // lowercase titles
  'heer', 'mevrouw', 'meneer', 'mr.', 'mrs.', 'ms.', 'dr.', 'sig.ra', 'dott.ssa', 'prof.ssa', 'sr.ª', 'sra.ª', 'dª',
  // roles
  'person', 'kontaktperson', 'kontakt', 'ansprechpartner', 'ansprechpartnerin', 'interlocuteur', 'interlocutrice', 'contact', 'contacto',
  'contactpersoon', 'riferimento', 'referente', 'contato', 'attn', 'attn.', 'attention', 'hd.', 'hd', 'händen', 'de', 'atención', 't.a.v.',
  'di', 'c/o', 'by', 'von', 'par', 'por', 'door', 'da', 'author', 'verfasser', 'auteur', 'autor', 'autore',
]);

/** Field names whose value is a name or part of one, normalized (lowercase letters only). */
export const NAME_PART_KEYS: ReadonlySet<string> = new Set([
  'firstname', 'first', 'givenname', 'given', 'forename', 'forenames', 'middlename', 'lastname', 'last', 'surname', 'familyname',
  'fullname', 'vorname', 'vornamen', 'rufname', 'nachname', 'familienname', 'vollständigername', 'prénom', 'prenom', 'prénoms',
  'nomdefamille', 'nomcomplet', 'nomdenaissance', 'apellido', 'apellidos', 'primerapellido', 'segundoapellido', 'nombrecompleto',
  'nombres', 'voornaam', 'voornamen', 'achternaam', 'familienaam', 'volledigenaam', 'cognome', 'nomecompleto', 'apelido', 'apelidos',
  'sobrenome', 'nomeproprio', 'cardholder', 'cardholdername', 'holdername', 'accountholder', 'accountholdername', 'kontoinhaber',
  'titulaire', 'titular', 'rekeninghouder', 'intestatario', 'beneficiary', 'beneficiaryname', 'begünstigter', 'bénéficiaire',
  'beneficiario', 'begunstigde', 'beneficiário', 'contactname', 'customername', 'patientname', 'employeename',
  'personname', 'clientname',
]);

/** Field names whose value is often, not always, a person ("name", "customer", "patient", "From"). */
export const PERSON_KEYS: ReadonlySet<string> = new Set([
  'name', 'nom', 'nombre', 'naam', 'nome', 'customer', 'client', 'kunde', 'kundin', 'cliente', 'klant', 'patient', 'patientin',
  'patiente', 'paciente', 'patiënt', 'paziente', 'employee', 'mitarbeiter', 'mitarbeiterin', 'salarié', 'salariée', 'employé',
  'employée', 'empleado', 'empleada', 'werknemer', 'medewerker', 'dipendente', 'funcionário', 'funcionária', 'colaborador', 'contact',
  'contactperson', 'kontakt', 'ansprechpartner', 'ansprechpartnerin', 'contacto', 'contactpersoon', 'contatto', 'referente', 'person',
  'persona', 'pessoa', 'from', 'to', 'cc', 'bcc', 'replyto', 'von', 'an', 'de', 'à', 'para', 'van', 'aan', 'da', 'sender', 'recipient',
  'absender', 'empfänger', 'expéditeur', 'destinataire', 'remitente', 'destinatario', 'afzender', 'ontvanger', 'mittente',
  'remetente', 'destinatário', 'author', 'committer', 'reviewer', 'assignee', 'reporter', 'owner', 'signedoffby', 'coauthoredby',
  'applicant', 'bewerber', 'bewerberin', 'candidat', 'candidate', 'candidato', 'candidata', 'sollicitant', 'tenant', 'mieter',
  'locataire', 'inquilino', 'huurder', 'guest', 'gast', 'invité', 'huésped', 'ospite', 'hóspede', 'passenger', 'passagier',
  'passager', 'pasajero', 'passeggero', 'passageiro', 'traveller', 'traveler', 'reisender', 'student', 'schüler', 'élève', 'étudiant',
  'alumno', 'estudiante', 'leerling', 'studente', 'aluno', 'user', 'benutzer', 'utilisateur', 'usuario', 'gebruiker', 'utente',
  'usuário', 'username', 'displayname', 'member', 'mitglied', 'membre', 'miembro', 'lid', 'membro', 'driver', 'fahrer', 'chauffeur', 'conductor', 'autista',
  'motorista', 'doctor', 'arzt', 'ärztin', 'médecin', 'médico', 'arts', 'medico', 'signatory', 'unterzeichner', 'signataire',
  'firmante', 'ondertekenaar', 'firmatario', 'signatário', 'gez', 'signed',
]);

/** Values that follow a name-like key in code and schemas but are types or placeholders, lowercase. */
export const NOT_A_NAME_VALUE: ReadonlySet<string> = new Set([
  'string', 'str', 'text', 'varchar', 'char', 'integer', 'int', 'number', 'boolean', 'bool', 'optional', 'required', 'none', 'null',
  'nil', 'undefined', 'true', 'false', 'field', 'charfield', 'textfield', 'column', 'type', 'object', 'array', 'list', 'any', 'unknown',
  'default', 'example', 'value', 'name', 'placeholder', 'todo', 'tbd', 'string?', 'nvarchar', 'keyword', 'enum', 'date', 'uuid',
  'mandatory', 'obligatoire', 'obligatorio', 'pflicht', 'verplicht', 'obbligatorio', 'obrigatório', 'anonymous', 'anonym', 'anonyme',
  'anónimo', 'anoniem', 'anonimo', 'redacted', 'hidden', 'masked',
]);

/** Companies, products and places spelled like a given name and a surname, lowercase. */
export const NAME_LIKE_BRANDS: ReadonlySet<string> = new Set([
  'louis vuitton', 'hugo boss', 'calvin klein', 'ralph lauren', 'tommy hilfiger', 'estée lauder', 'victoria secret', 'walt disney',
  'john deere', 'paul smith', 'ted baker', 'marc jacobs', 'michael kors', 'kate spade', 'tom ford', 'giorgio armani', 'christian dior',
  'jean paul gaultier', 'charles schwab', 'morgan stanley', 'john lewis', 'marks spencer', 'aston martin', 'alfa romeo', 'ben jerry',
  'johnnie walker', 'jack daniels', 'jack daniel', 'jim beam', 'lidl', 'max mara', 'anna karenina', 'peter pan', 'santa claus',
  'jean jacket', 'martin luther', 'carl zeiss', 'robert bosch', 'werner herzog', 'hans im glück', 'mercedes benz',
]);

/** German and Dutch noun endings: a word with one after a given name is a noun ("Peter Geburtstag"), not a surname. */
const NOUN_ENDINGS = ['ung', 'heit', 'keit', 'schaft', 'tion', 'sion', 'tät', 'ismus', 'nis', 'tum', 'chen', 'lein', 'tag', 'zeit', 'haus', 'heid', 'teit', 'schap'];
export const NOUN_ENDING = new RegExp(`(?:${NOUN_ENDINGS.join('|')})$`);
// The endings by their last character: most words end in none of those, and need no endsWith.
const NOUN_ENDINGS_BY_LAST = new Map<number, string[]>();
for (const ending of NOUN_ENDINGS) {
  const last = ending.charCodeAt(ending.length - 1);
  NOUN_ENDINGS_BY_LAST.set(last, [...(NOUN_ENDINGS_BY_LAST.get(last) ?? []), ending]);
}

/** NOUN_ENDING.test(word), by the last character and endsWith (a regex without an anchor at the start tries every position). */
export function hasNounEnding(word: string): boolean {
  const endings = NOUN_ENDINGS_BY_LAST.get(word.charCodeAt(word.length - 1));
  if (endings === undefined) return false;
  for (const ending of endings) if (word.endsWith(ending)) return true;
  return false;
}
