import type { AddressData } from './address-data-a.js';
import { list } from './name-pool-types.js';

/* Street names and real postcode–city pairs for France, Belgium, Spain, the Netherlands, Italy
 * and Portugal. In Dutch postcodes @ is a letter; in Portuguese ones # is a digit. */

export const FR_ADDRESSES: AddressData = {
  streets: list(`rue de la Paix|avenue Jean Jaurès|boulevard Saint-Michel|place Bellecour|allée des Tilleuls|
    rue Victor Hugo|rue du Faubourg Saint-Antoine|impasse des Lilas|chemin des Vignes|rue de la République|
    avenue de la Libération|rue Sainte-Catherine|quai des Chartrons|cours Mirabeau|rue Nationale|
    boulevard de la Croisette|rue des Écoles|avenue Foch|rue Oberkampf|route de Narbonne`),
  places: [
    ['75002', 'Paris'], ['75011', 'Paris'], ['75018', 'Paris'], ['93200', 'Saint-Denis'], ['69003', 'Lyon'], ['69002', 'Lyon'],
    ['13001', 'Marseille'], ['13008', 'Marseille'], ['31000', 'Toulouse'], ['33000', 'Bordeaux'], ['59000', 'Lille'],
    ['44000', 'Nantes'], ['67000', 'Strasbourg'], ['34000', 'Montpellier'], ['06000', 'Nice'], ['35000', 'Rennes'],
    ['38000', 'Grenoble'], ['20000', 'Ajaccio'], ['97400', 'Saint-Denis'], ['21000', 'Dijon'],
  ],
};

export const BE_ADDRESSES: AddressData = {
  streets: list(`Rue Neuve|Meir|Veldstraat|Avenue Louise|Chaussée de Wavre|Kerkstraat|Stationsstraat|
    Boulevard d'Avroy|Rue du Marché aux Herbes|Lange Nieuwstraat`),
  places: [['1000', 'Bruxelles'], ['1050', 'Ixelles'], ['2000', 'Antwerpen'], ['9000', 'Gent'], ['4000', 'Liège'], ['3000', 'Leuven'], ['8000', 'Brugge']],
};

export const ES_ADDRESSES: AddressData = {
  streets: list(`C/ Mayor|Calle de Alcalá|Avda. Diagonal|Plaza de España|Carrer de Mallorca|c/ San Vicente Mártir|
    Calle Gran Vía|Paseo de la Castellana|Calle Sierpes|Rúa do Franco|Calle Larios|Avenida de la Constitución|
    Calle Real|Carrer de Sants|Calle del Pez|Ronda de Segovia|Calle Uría|Camino de Ronda`),
  places: [
    ['28013', 'Madrid'], ['28014', 'Madrid'], ['28045', 'Madrid'], ['08017', 'Barcelona'], ['08013', 'Barcelona'], ['41013', 'Sevilla'],
    ['46007', 'Valencia'], ['48001', 'Bilbao'], ['29001', 'Málaga'], ['50001', 'Zaragoza'], ['15704', 'Santiago de Compostela'],
    ['33003', 'Oviedo'], ['18009', 'Granada'], ['07001', 'Palma'], ['35002', 'Las Palmas de Gran Canaria'],
  ],
};

export const NL_ADDRESSES: AddressData = {
  streets: list(`Keizersgracht|Prinsengracht|Coolsingel|Oudegracht|Laan van Meerdervoort|Stratumseind|Dorpsstraat|
    Kerkstraat|Molenweg|Hoofdstraat|Julianalaan|Beatrixstraat|Bilderdijkstraat|Witte de Withstraat|
    Amsterdamsestraatweg|Vismarkt|Grote Markt|Van Woustraat|Javastraat|Burgemeester de Vlugtlaan`),
  places: [
    ['1015 @@', 'Amsterdam'], ['1053 @@', 'Amsterdam'], ['1094 @@', 'Amsterdam'], ['3011 @@', 'Rotterdam'], ['3021 @@', 'Rotterdam'],
    ['3511 @@', 'Utrecht'], ['2517 @@', 'Den Haag'], ['5611 @@', 'Eindhoven'], ['9711 @@', 'Groningen'], ['6511 @@', 'Nijmegen'],
    ['2311 @@', 'Leiden'], ['7511 @@', 'Enschede'], ['4811 @@', 'Breda'], ['1311 @@', 'Almere'],
  ],
};

export const IT_ADDRESSES: AddressData = {
  streets: list(`Via Roma|Corso Buenos Aires|Piazza Navona|Via Toledo|Viale dei Mille|Via Garibaldi|Via Dante|
    Corso Vittorio Emanuele II|Via del Corso|Via Indipendenza|Via Etnea|Via Sparano|Via XX Settembre|
    Lungomare Caracciolo|Via dei Tribunali|Borgo San Frediano|Via Mazzini|Viale Monza`),
  places: [
    ['00184', 'Roma (RM)'], ['00186', 'Roma'], ['20124', 'Milano'], ['20127', 'Milano (MI)'], ['80134', 'Napoli'], ['50131', 'Firenze'],
    ['10122', 'Torino'], ['40121', 'Bologna'], ['16121', 'Genova'], ['90133', 'Palermo'], ['30124', 'Venezia'], ['70121', 'Bari'],
    ['95124', 'Catania'], ['09124', 'Cagliari'], ['37121', 'Verona'], ['35122', 'Padova'],
  ],
};

export const PT_ADDRESSES: AddressData = {
  streets: list(`Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua Ferreira Borges|Praça da República|
    Rua do Ouro|Avenida dos Aliados|Rua da Prata|Travessa do Carmo|Rua Cândido dos Reis|Avenida Almirante Reis|
    Rua de Cedofeita|Largo do Rato|Rua Direita|Estrada de Benfica|Calçada da Ajuda`),
  places: [
    ['1100-###', 'Lisboa'], ['1250-###', 'Lisboa'], ['1500-###', 'Lisboa'], ['4000-###', 'Porto'], ['4050-###', 'Porto'],
    ['3000-###', 'Coimbra'], ['4700-###', 'Braga'], ['8000-###', 'Faro'], ['2750-###', 'Cascais'], ['2800-###', 'Almada'],
    ['9000-###', 'Funchal'], ['7000-###', 'Évora'],
  ],
};
