import { LOWER, UPPER } from './latin-letters.js';

/*
 * What may follow a street and house number: a unit, then the locality (postcode and city in the
 * order and shape of each country), on the same line after a comma or on the next line.
 */

// A town name: capitalised words, with the small words town names carry ("Frankfurt am Main",
// "Saint-Denis", "Mountain View", "Stratford-upon-Avon", "San Sebastián de los Reyes").
// Towns in capitals too, as envelopes write them ("LEIDEN", "SAINT-ÉTIENNE").
const TOWN_WORD = `[${UPPER}](?:[${LOWER}]+(?:['’-][${UPPER}${LOWER}][${LOWER}]+)*|[${UPPER}]+(?:['’-][${UPPER}]+)*(?![${LOWER}]))`;
const TOWN = `(?:St\\. |Ste\\. )?${TOWN_WORD}(?:[ -](?:(?:am|an der|im|bei|sur|sous|lès|upon|on|de|del|de la|de los|di|da|do|dos|la|le|en|aan|den)[ -])?${TOWN_WORD}){0,3}`;

// Postcodes, with an optional country prefix ("D-10115", "CH-8005", "F-75002"): five digits (DE,
// FR, ES, IT, US), four digits (AT, BE, CH, DK, NL without letters), NL "1234 AB", PT "1234-567",
// BR "01426-001".
const EUROPEAN_POSTCODE = `(?:[A-Z]{1,2}-)?(?:\\d{4} ?[A-Z]{2}(?![${UPPER}${LOWER}])|\\d{4}-\\d{3}|\\d{5}-\\d{3}|\\d{4,5})`;
// UK: "NW1 6XE", "SW1A 1AA", "M1 1AE", "EH1 1YZ".
const UK_POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}';
// US and Canada: state or province and ZIP ("CA 94043", "NY 10118-0110", "ON M5V 3L9").
const US_STATE_ZIP = '[A-Z]{2} \\d{5}(?:-\\d{4})?|[A-Z]{2} [A-Z]\\d[A-Z] ?\\d[A-Z]\\d';

// Normalised text (NFKC) writes º and ª as o and a: "3.o Esq.", "n.o 24".
// A unit between the street and the locality: "3º B", "Apt 4B", "Suite 200", "Flat 3", "2nd floor".
const UNIT = `(?:# ?[0-9A-Za-z]{1,4}|(?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Flat|Floor|Fl\\.|Wohnung|Whg\\.?|Etage|Stock|bus|boîte|bte|appt\\.?|étage|piso|planta|puerta|pta\\.?|esc\\.?|interno|int\\.|scala|piano|andar|apto\\.?|sala|bloco|[0-9]+(?:st|nd|rd|th) [Ff]loor) ?[0-9A-Za-z]{0,4}|n\\.? ?[º°o]\\.? ?\\d{1,4}[A-Za-z]?|\\d{1,2}\\.?[º°ªoa]\\.? ?(?:[A-Z]\\b|izq\\.?|izda\\.?|dcha\\.?|dch\\.?|dto\\.?|esq\\.?|Esq\\.?|Dto\\.?|Frente|Fte\\.?)?\\.?|[0-9]{1,3}[A-Z]?(?!\\d))`;

/** Locality right after a street and number (offsets relative to the slice it is applied to). */
export const LOCALITY_AFTER = new RegExp(
  `^(?:,? ?(?:${UNIT}))?(?:,? ?(?:${UNIT}))?(?:[ \\t]*(?:,|\\n|\\\\n|<br ?\\/?>\\n?|-|–)[ \\t]*|[ \\t]+)(?:(?<postcode>${EUROPEAN_POSTCODE})[ \\t]+(?<town>${TOWN})(?: \\(?[A-Z]{2}\\)?(?![\\w]))?|(?<ukTown>${TOWN})(?:,? |[ \\t]*\\n[ \\t]*)(?<uk>${UK_POSTCODE})(?![A-Za-z0-9])|(?<usTown>${TOWN}),? (?<us>${US_STATE_ZIP})(?![A-Za-z0-9])|(?<uk2>${UK_POSTCODE})(?![A-Za-z0-9])(?: ${TOWN})?)`,
);

/** A town alone after the street ("221B Baker Street, London"): weaker than a postcode. */
export const TOWN_AFTER = new RegExp(`^,[ \\t]*(?<town>${TOWN})(?=[ \\t]*(?:[.,;:!?)\\n]|$))`);

/** A unit alone after the street, where no locality follows ("Calle Olmo 7, 2o B" in a field of its own). */
export const UNIT_AFTER = new RegExp(`^(?:,? ?(?:${UNIT})){1,2}(?=[ \\t]*(?:["'<,;|\\t\\n]|$))`);
