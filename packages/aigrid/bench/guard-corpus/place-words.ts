import type { Lang } from './label-types.js';
import { list } from './name-pool-types.js';

/*
 * Words that look like personal data to a careless detector but are not: cities, countries,
 * weekdays, and companies named after their founders.
 */

export const CITIES: Record<Lang, readonly string[]> = {
  en: list('London|Manchester|Leeds|Birmingham|Glasgow|Bristol|New York|Chicago|Austin|Seattle|Boston|Dublin|Rotterdam|Singapore|Sydney|Florence|Victoria|Jackson|Lincoln|Madison'),
  de: list('Berlin|Hamburg|München|Köln|Frankfurt|Stuttgart|Leipzig|Dresden|Wien|Zürich|Bremen|Hannover|Nürnberg|Mannheim|Rotterdam|Kassel|Paderborn|Friedrichshafen'),
  fr: list('Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Strasbourg|Rennes|Bruxelles|Genève|Montréal|Saint-Étienne|Saint-Denis|Florence|Nancy|Valence|Vienne'),
  es: list('Madrid|Barcelona|Valencia|Sevilla|Bilbao|Málaga|Zaragoza|Vigo|Alicante|Murcia|San Sebastián|Santiago|Santander|Victoria|Granada|Salamanca|Córdoba'),
  nl: list('Amsterdam|Rotterdam|Utrecht|Den Haag|Eindhoven|Groningen|Tilburg|Breda|Nijmegen|Antwerpen|Gent|Venlo|Zwolle|Almere|Emmen|Zoetermeer'),
  it: list('Roma|Milano|Torino|Napoli|Bologna|Firenze|Genova|Venezia|Verona|Bari|Palermo|Trieste|Brescia|Bergamo|Parma|Modena|Lucca'),
  pt: list('Lisboa|Porto|Braga|Coimbra|Faro|Aveiro|Setúbal|Funchal|Évora|Viseu|Guimarães|Leiria|Matosinhos|Almada|Vitória|Santa Maria da Feira'),
};

export const COUNTRIES: Record<Lang, readonly string[]> = {
  en: list('Germany|France|Spain|the Netherlands|Italy|Portugal|Ireland|Poland|Jordan|Chad|Georgia|the United States|Canada|India'),
  de: list('Deutschland|Österreich|die Schweiz|Frankreich|Spanien|Italien|die Niederlande|Polen|Tschechien|Dänemark|Georgien'),
  fr: list('la France|la Belgique|la Suisse|l’Allemagne|l’Espagne|l’Italie|le Portugal|les Pays-Bas|le Maroc|le Sénégal|le Canada'),
  es: list('España|Portugal|Francia|Alemania|Italia|México|Colombia|Argentina|Chile|Perú|Marruecos'),
  nl: list('Nederland|België|Duitsland|Frankrijk|Spanje|Italië|Polen|Suriname|Curaçao|Marokko|Turkije'),
  it: list('Italia|Svizzera|Francia|Germania|Spagna|Austria|Slovenia|Albania|Romania|Grecia|Malta'),
  pt: list('Portugal|Espanha|França|Brasil|Angola|Moçambique|Cabo Verde|Alemanha|Reino Unido|Suíça'),
};

export const WEEKDAYS: Record<Lang, readonly string[]> = {
  en: list('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'),
  de: list('Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag'),
  fr: list('lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche'),
  es: list('lunes|martes|miércoles|jueves|viernes|sábado|domingo'),
  nl: list('maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag'),
  it: list('lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica'),
  pt: list('segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo'),
};

export const COMPANIES = list(`Siemens|Ford|Johnson & Johnson|Philips|Ferrero|Peugeot|Zara|Heineken|Boots|
  Marks & Spencer|Dr. Oetker|Mercedes-Benz|Porsche|Ferrari|Lamborghini|Michelin|Renault|Bosch|Adidas|
  Hugo Boss|Louis Vuitton|Calvin Klein|Tommy Hilfiger|Ben & Jerry's|McDonald's|Dell|Hewlett-Packard|
  Procter & Gamble|Ernst & Young|Deloitte|KPMG|Lidl|Aldi|Carrefour|Mango|El Corte Inglés|Albert Heijn|
  Barilla|Lavazza|Benetton|Armani|Galp|Sonae|Jerónimo Martins|Miele|Haribo|Dyson|Rolls-Royce|Bayer|Henkel|
  Thyssenkrupp|Danone|L'Oréal|Chanel|Zalando|ASML|Telefónica|Iberdrola|Santander|Pirelli|Olivetti|Vodafone|
  Sainsbury's|Tesco|Walmart|Kellogg's|Wells Fargo|Goldman Sachs|Morgan Stanley|Boeing|Disney|Gucci|Prada|
  Dolce & Gabbana|Hermès|Roche|Nestlé|Lindt & Sprüngli|Schindler|Würth|Kärcher|Fielmann|Rossmann|Douglas`);
