/*
 * Street-type words per language, as regex alternatives. Where the type stands decides the
 * pattern: after the name in English ("Baker Street"), before it in French, Spanish, Italian and
 * Portuguese ("rue de la Paix", "Via Roma"), glued to it in German and Dutch ("Hauptstraße").
 */

/** English types, after the street name ("Baker Street", "Amphitheatre Pkwy"), capitalised. */
export const ENGLISH_TYPES = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Av', 'Lane', 'Ln', 'Drive', 'Dr', 'Boulevard', 'Blvd', 'Way', 'Court', 'Ct', 'Place', 'Pl',
  'Parkway', 'Pkwy', 'Square', 'Sq', 'Terrace', 'Ter', 'Crescent', 'Cres', 'Close', 'Highway', 'Hwy', 'Circle', 'Cir', 'Row', 'Mews',
  'Gardens', 'Grove', 'Walk', 'Loop', 'Trail', 'Alley', 'Plaza', 'Expressway', 'Freeway', 'Fwy', 'Pike', 'Wharf', 'Quay', 'Embankment',
].join('|');

/** French types, before the name ("rue de la Paix", "bd Saint-Germain"), either case. */
export const FRENCH_TYPES =
  '[Rr]ue|[Aa]venue|[Aa]v\\.|[Bb]oulevard|[Bb]d|[Cc]hemin|[Aa]llée|[Pp]lace|[Ii]mpasse|[Qq]uai|[Rr]oute|[Cc]ours|[Pp]assage|[Ss]quare|[Pp]romenade|[Ff]aubourg|[Ee]splanade|[Vv]oie|[Ss]entier';

/** Spanish types, before the name ("Calle de Alcalá", "C/ Mayor", "Avda. de América"). */
export const SPANISH_TYPES =
  '[Cc]alle|C/|[Aa]venida|[Aa]vda\\.?|[Pp]laza|[Pp]aseo|[Cc]amino|[Cc]arretera|[Cc]tra\\.|[Rr]onda|[Tt]ravesía|[Gg]lorieta|[Rr]ambla|[Cc]allejón';

/** Italian types, before the name ("Via Roma", "Viale Monza", "P.za Navona"). */
export const ITALIAN_TYPES =
  '[Vv]ia|[Vv]iale|V\\.le|[Pp]iazza|P\\.za|[Pp]iazzale|[Cc]orso|C\\.so|[Ll]argo|[Vv]icolo|[Ss]trada|[Cc]ontrada|[Ll]ungomare|[Ll]ungotevere|[Ss]alita|[Bb]orgo';

/** Portuguese types, before the name ("Rua Augusta", "Av. da Liberdade", "Praça do Comércio"). */
export const PORTUGUESE_TYPES = '[Rr]ua|[Tt]ravessa|[Pp]raça|[Aa]lameda|[Ee]strada|[Rr]odovia|[Cc]alçada|[Bb]eco|[Pp]raceta|[Ll]argo';

/** Regional types before the name: Catalan, Galician, Belgian French, Dutch ("Carrer de Sants", "Rúa Nova", "Chaussée de Gand", "Laan van Zuid"). */
export const REGIONAL_TYPES = '[Cc]arrer|[Rr]úa|[Cc]haussée|[Pp]asseig|[Pp]laça|Laan van|Lungomare|Borgo';

/**
 * The types that begin a street name, capitalised, for the candidate search ("Via Roma 12",
 * "Calle Mayor 5", "Rua Augusta 100", "Rue de la Loi 16" in Belgium, "Am Markt 3"). Lowercase
 * forms ("via Roma 12") are not searched: as the first letters of a regex alternative they would
 * be tried at almost every position of a text.
 */
export const CAPITALISED_PREFIXES =
  'Rue|Avenue|Av\\.|Boulevard|Bd|Chemin|Allée|Place|Impasse|Quai|Route|Cours|Calle|C/|Avenida|Avda\\.?|Plaza|Paseo|Camino|Carretera|Ctra\\.|Ronda|Rambla|Via|Viale|V\\.le|Piazza|P\\.za|Piazzale|Corso|C\\.so|Largo|Vicolo|Strada|Rua|Travessa|Praça|Alameda|Estrada|Rodovia|Calçada|Carrer|Rúa|Chaussée|Passeig|Plaça|Laan van|Lungomare|Borgo|Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Zum|Zur|Unter den|Hinter dem|Hinter der|Vor dem';

/** German prefixes for streets without a type ("Am Markt 3", "An der Alster 1", "Unter den Linden 77"). */
export const GERMAN_PREFIXES = 'Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Zum|Zur|Unter den|Hinter dem|Hinter der|Vor dem';

/**
 * The last letters of a German or Dutch street name with its type glued on ("Hauptstraße",
 * "Berliner Str.", "Keizersgracht", "Coolsingel"): three letters, so that the regex looks back a
 * fixed, short way. The whole word is checked with GLUED_TYPE.
 */
export const GLUED_TYPE_ENDINGS = 'aße|asse|tr\\.|weg|Weg|sse|lee|atz|ing|amm|fer|rkt|ben|aat|aan|cht|ein|ade|gel|ijk|eeg|ref|pad|wal|ven|kai|eig|fad|ile';

/** A whole glued street word ("Hauptstraße", "Keizersgracht"), or a type as a word of its own ("Berliner Straße"). */
export const GLUED_TYPE =
  /(?:stra(?:ss|ß)e|[Ss]tr\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|steig|pfad|markt|graben|zeile|kai|straat|laan|gracht|plein|kade|singel|dijk|steeg|dreef|burgwal|haven|Stra(?:ss|ß)e|Weg|Gasse|Allee|Platz|Ring|Damm|Ufer|Markt)$/;
