import { endingWith } from './text-endings.js';

/*
 * Words before an address that say whose it is: a person's (address fields, shipping, "I live
 * at") raise the score; a business's premises ("our office is at", "the warehouse on") lower it,
 * since a company's address is not personal data.
 */

/** An address label or phrase at the end of the text before an address (same line or the line above). */
export const ADDRESS_CONTEXT = endingWith(
  String.raw`(?:(?:address|adresse|dirección|direccion|morada|indirizzo|adres)[ _-]?(?:line|linha|línea|linea|ligne|zeile|riga|regel)?[ _-]?\(?(?:line|linha|línea|ligne|zeile|riga|regel)? ?[12]\)?|street|street[ _]?address|streetaddress|street[ _]line[ _]?1|str\./nr\.|straße(?: und nr\.?| \+ nr\.?)?|strasse|via e numero civico|calle y número|rue et numéro|straat(?:naam)?|rue|calle|via|rua|rua e número|straße und hausnummer|strasse und hausnummer|straat en huisnummer|huisadres|address|adresse|anschrift|wohnort|wohnhaft(?: in)?|dirección|direccion|domicilio|adres|woonadres|indirizzo|residenza|residente(?: in| a)?|morada|endereço|endereco|ship(?:ping)? to|deliver(?:y)? to|bill(?:ing)? to|send (?:it )?to|mail to|lieferadresse|lieferanschrift|rechnungsadresse|versand an|livraison|adresse de livraison|envío a|enviar a|entrega en|afleveradres|bezorgadres|spedire a|consegna a|enviar para|entregar em|(?:i|we) live (?:at|on|in)|lives? at|living at|i'm at|ich wohne(?: in| an der| am| auf der)?|wir wohnen(?: in| am)?|j'habite(?: au| à| rue)?|habite au|vivo en|vivimos en|ik woon(?: op| aan| in)?|wij wonen(?: op| aan)?|abito in|abitiamo in|vivo na|moro na|moro em|moramos na)["'*_\]]*[ \t]*(?:[:=\-–|]|:?<\/(?:strong|b|label)>)?[ \t]*(?:<\/t[hd]>[ \t]*<td>|<\/dt>[ \t]*<dd>|"[ \t]+value=)?["']?[ \t]*\n?[ \t]*`,
  'i',
);

/** A business's premises named before the address: its score goes down. */
export const BUSINESS_CONTEXT =
  /\b(?:office|offices|entrance|main entrance|reception|lobby|headquarters|hq|warehouse|store|shop|restaurant|hotel|museum|branch|factory|plant|campus|building|venue|showroom|clinic|hospital|school|embassy|station|airport|stadium|church|büro|firmensitz|geschäftsstelle|filiale|lager|zentrale|werk|praxis|bureau|siège|magasin|boutique|usine|agence|oficina|sede|tienda|almacén|fábrica|kantoor|vestiging|magazijn|winkel|fabriek|ufficio|negozio|magazzino|stabilimento|escritório|loja|armazém|landmark|empire state|white house)\b/i;

/** An address given as an example or a format on the same line: a sample, not someone's address. */
export const EXAMPLE_CONTEXT =
  /\b(?:format|formatted|example|examples|e\.g\.|for instance|sample|placeholder|zum beispiel|z\. ?b\.|beispiel|par exemple|exemple|por ejemplo|ejemplo|ad esempio|esempio|bijvoorbeeld|voorbeeld|por exemplo|exemplo)\b/i;
