/*
 * Address parts that sit outside the street line itself: the postcode in the record's next field
 * (a CSV column, an SQL value, the next JSON key, a form's next row), and a flat or unit written
 * before the house number ("Flat 4, 12 Elm Road", "2e étage, 8 rue ...").
 */

// Postcode shapes: five digits, "1234 AB", "1234-567", "12345-678", UK outward+inward code.
const POSTCODE = String.raw`(?:\d{5}|\d{4} ?[A-Z]{2}|\d{4,5}-\d{3}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{4})`;
// What may stand between the street's field and the next: a field delimiter, then a JSON or
// key-value key, or the end of a table row and the next row's header cell.
const NEXT_FIELD = String.raw`["'\`]?[ \t]*(?:[,;\t|]|\\n|\n)[ \t\n]*(?:"[\w -]{1,30}"[ \t]*:[ \t]*|[\w .()-]{1,30}[ \t]*[:=][ \t]*)?["']?|["']?[ \t]*<\/td>[ \t\n]*<\/tr>[ \t\n]*<tr>[ \t\n]*<th>[^<\n]{1,30}<\/th>[ \t\n]*<td>`;

/** The next field of the record holds a postcode (offsets relative to the text after the street). */
export const POSTCODE_FIELD_AFTER = new RegExp(`^(?:${NEXT_FIELD})${POSTCODE}(?![\\w])`);

// A unit before the number, at the end of the text before the street.
const UNIT_BEFORE = /(?:^|[\s"'>:=,;(])((?:Flat|Apt\.?|Appt\.?|Apartment|Unit|Suite|Bât\.?|Bâtiment|Bloco|Edificio|Escalera|[1-9]\d?(?:e|er|ème) étage)[ \t]*[0-9A-Z]{0,5}[ \t]*(?:,[ \t]*|\n[ \t]*))$/;

/** Where the address begins: before a flat or unit that precedes the street, else `start`. */
export function leadingUnitStart(text: string, start: number): number {
  if (start === 0) return start;
  const before = text.slice(Math.max(0, start - 30), start);
  const unit = UNIT_BEFORE.exec(before);
  return unit === null ? start : start - unit[1].length;
}
