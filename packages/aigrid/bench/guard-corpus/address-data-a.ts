import { list } from './name-pool-types.js';

/*
 * Street names and real postcode–city pairs for Britain, the US, India and the German-speaking
 * countries. Postcode patterns: # is a digit, @ a letter of the inward code.
 */

export interface AddressData {
  readonly streets: readonly string[];
  /** [postcode or pattern, city] */
  readonly places: ReadonlyArray<readonly [string, string]>;
}

export const GB_ADDRESSES: AddressData = {
  streets: list(`Baker Street|High Street|Station Road|Church Lane|Victoria Road|Queen's Road|Castle Street|
    Mill Lane|Park Avenue|King's Road|Albert Terrace|Orchard Close|Deansgate|Kirkgate|Union Street|
    Westgate Road|St Mary's Road|Clarence Crescent|Hawthorn Grove|Beech Drive|Elm Walk|Cowley Road`),
  places: [
    ['NW1 #@@', 'London'], ['E2 #@@', 'London'], ['SE15 #@@', 'London'], ['N16 #@@', 'London'], ['M3 #@@', 'Manchester'],
    ['M14 #@@', 'Manchester'], ['EH2 #@@', 'Edinburgh'], ['LS6 #@@', 'Leeds'], ['BS1 #@@', 'Bristol'], ['B15 #@@', 'Birmingham'],
    ['G12 #@@', 'Glasgow'], ['CF10 #@@', 'Cardiff'], ['BN1 #@@', 'Brighton'], ['OX4 #@@', 'Oxford'], ['L8 #@@', 'Liverpool'],
    ['NE1 #@@', 'Newcastle upon Tyne'], ['BT7 #@@', 'Belfast'], ['YO1 #@@', 'York'],
  ],
};

export const US_ADDRESSES: AddressData = {
  streets: list(`Main Street|Oak Avenue|Maple Drive|Elm Street|Washington Blvd|Amphitheatre Pkwy|Sunset Blvd|
    Lakeview Terrace|Pine Street|Cedar Lane|Market Street|Mission Street|Broadway|5th Avenue|Jefferson Ave|
    Peachtree St NE|Colfax Ave|Congress Ave|Michigan Ave|Ocean Drive|Magnolia Court|Willow Way`),
  places: [
    ['100##', 'New York, NY'], ['112##', 'Brooklyn, NY'], ['941##', 'San Francisco, CA'], ['94043', 'Mountain View, CA'],
    ['606##', 'Chicago, IL'], ['787##', 'Austin, TX'], ['981##', 'Seattle, WA'], ['021##', 'Boston, MA'], ['802##', 'Denver, CO'],
    ['303##', 'Atlanta, GA'], ['331##', 'Miami, FL'], ['972##', 'Portland, OR'], ['850##', 'Phoenix, AZ'], ['482##', 'Detroit, MI'],
    ['372##', 'Nashville, TN'], ['551##', 'Saint Paul, MN'],
  ],
};

export const IN_ADDRESSES: AddressData = {
  streets: list(`MG Road|2nd Cross Road|Park Street|Linking Road|Anna Salai|Nehru Place|Banjara Hills Road No. 12|
    FC Road|Sector 18|Brigade Road|100 Feet Road|Hill Road|Jubilee Hills Road|Ashok Nagar Main Road`),
  places: [
    ['5600##', 'Bengaluru'], ['4000##', 'Mumbai'], ['1100##', 'New Delhi'], ['6000##', 'Chennai'], ['5000##', 'Hyderabad'],
    ['7000##', 'Kolkata'], ['4110##', 'Pune'], ['201301', 'Noida'], ['3800##', 'Ahmedabad'], ['6820##', 'Kochi'],
  ],
};

export const DE_ADDRESSES: AddressData = {
  streets: list(`Hauptstraße|Bahnhofstraße|Schillerstraße|Goethestr.|Lindenallee|Friedrichstraße|Karl-Marx-Allee|
    Kastanienallee|Berliner Str.|Mühlenweg|Gartenweg|Am Markt|Im Winkel|An der Alster|Schloßstraße|
    Kirchgasse|Sonnenallee|Wilhelm-Leuschner-Straße|Königsallee|Maximilianstraße|Ringstraße|Eichendorffweg|
    Zur Alten Mühle|Auf dem Berg|Große Bergstraße|Kölner Landstraße|Am Sandtorkai|Rosenheimer Platz`),
  places: [
    ['10115', 'Berlin'], ['10437', 'Berlin'], ['12043', 'Berlin'], ['20095', 'Hamburg'], ['22767', 'Hamburg'], ['80331', 'München'],
    ['81541', 'München'], ['50667', 'Köln'], ['60311', 'Frankfurt am Main'], ['70173', 'Stuttgart'], ['40213', 'Düsseldorf'],
    ['04109', 'Leipzig'], ['01067', 'Dresden'], ['28195', 'Bremen'], ['30159', 'Hannover'], ['90402', 'Nürnberg'],
    ['44135', 'Dortmund'], ['45127', 'Essen'], ['53111', 'Bonn'], ['69117', 'Heidelberg'], ['79098', 'Freiburg im Breisgau'],
    ['24103', 'Kiel'], ['18055', 'Rostock'], ['99084', 'Erfurt'], ['66111', 'Saarbrücken'],
  ],
};

export const AT_ADDRESSES: AddressData = {
  streets: list(`Mariahilfer Straße|Herrengasse|Landstraßer Hauptstraße|Favoritenstraße|Getreidegasse|
    Maria-Theresien-Straße|Annenstraße|Wiedner Gürtel|Linzer Gasse|Taborstraße`),
  places: [['1060', 'Wien'], ['1030', 'Wien'], ['1100', 'Wien'], ['1020', 'Wien'], ['8010', 'Graz'], ['5020', 'Salzburg'], ['4020', 'Linz'], ['6020', 'Innsbruck']],
};

export const CH_ADDRESSES: AddressData = {
  streets: list(`Bahnhofstrasse|Langstrasse|Marktgasse|Spalenberg|Seestrasse|Dorfstrasse|Kramgasse|
    Badenerstrasse|Rue du Rhône|Hauptgasse`),
  places: [['8001', 'Zürich'], ['8004', 'Zürich'], ['3011', 'Bern'], ['4051', 'Basel'], ['6003', 'Luzern'], ['9000', 'St. Gallen'], ['8400', 'Winterthur']],
};
