import { list, type NamePool } from './name-pool-types.js';

// Spain: Castilian, Catalan, Basque and Galician names next to Latin-American, Moroccan,
// Romanian and Chinese families; surnames include the paternal–maternal pairs.
export const ES_NAMES: NamePool = {
  male: list(`Antonio|José|Manuel|Francisco|David|Juan|Javier|Daniel|Carlos|Alejandro|Pablo|Sergio|
    Álvaro|Adrián|Hugo|Mario|Diego|Rubén|Iván|José Luis|Juan Carlos|José Antonio|Jordi|Pau|Oriol|
    Iker|Aitor|Unai|Xabier|Brais|Yeison|Brayan|Jhon|Wilmer|Mohamed|Youssef|Hamza|Ionuț|Mihai|Andrei|
    Wei|Santiago|Mateo|Ángel|Ignacio|Gonzalo|Fernando`),
  female: list(`Lucía|María|Carmen|Laura|Marta|Ana|Sofía|Paula|Elena|Cristina|Isabel|Pilar|Rocío|
    Nerea|Alba|Irene|María José|Mari Carmen|María del Mar|Ana Belén|Montserrat|Núria|Laia|Ainhoa|
    Itziar|Uxía|Dayana|Yuliana|Yesenia|Fatima|Khadija|Salma|Andreea|Ioana|Li Na|Valentina|Camila|
    Daniela|Guadalupe|Inmaculada|Macarena|Begoña`),
  surnames: list(`García|Rodríguez|González|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Martín|
    Jiménez|Ruiz|Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Alonso|Gutiérrez|Navarro|Torres|
    Domínguez|Vázquez|Ramos|Gil|Ramírez|Serrano|Blanco|Molina|Castro|Ortiz|Rubio|Marín|Sanz|Iglesias|
    Núñez|Medina|Garrido|Etxeberria|Agirre|Puig|Ferrer|Vilanova|Castells|Otero|Piñeiro|El Amrani|
    Benali|Popescu|Ionescu|Chen|de la Fuente|del Río|de los Santos|García Márquez|Fernández de la Torre|
    López-Herrera|Ruiz Zafón|Martín-Lorente|Quispe|Mamani|Rojas|Herrera`),
};

// The Netherlands and Flanders: Dutch names with particles, next to Turkish, Moroccan,
// Surinamese (Hindustani, Creole, Javanese), Antillean and Indonesian families.
export const NL_NAMES: NamePool = {
  male: list(`Daan|Sem|Lucas|Levi|Finn|Milan|Bram|Thijs|Joost|Willem|Henk|Kees|Jeroen|Ruud|Sander|
    Pieter|Jan-Willem|Maarten|Wouter|Gerrit|Emre|Mehmet|Mohammed|Yassine|Soufiane|Bilal|Rishi|Ravi|
    Anand|Jerrel|Clarence|Romano|Sujeevan|Dewi|Teun|Jesse|Stijn|Niels|Koen|Bart|Ahmet|Hamza|Jurgen|
    Giovanni|Hein`),
  female: list(`Emma|Julia|Tess|Sophie|Mila|Zoë|Anouk|Sanne|Lieke|Fleur|Femke|Ingrid|Marieke|Annelies|
    Anne-Marie|Els|Wilma|Büşra|Esra|Fatima|Imane|Khadija|Nora|Shanti|Sharmila|Priya|Ashana|Sherida|
    Rosita|Dewi|Sari|Noor|Eva|Lotte|Iris|Maud|Roos|Hanneke|Ilse|Gerda|Naomi|Chanel`),
  surnames: list(`de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|
    de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|
    Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|
    van der Veen|van Beek|Kuipers|Huisman|Postma|Hoekstra|El Idrissi|El Amrani|Bouali|Boukhari|Tahiri|
    Yilmaz|Kaya|Öztürk|Ramdin|Soekhlal|Sital|Jagesar|Kartosen|Pinas|Martina|Doornbos|Sedney|
    Wijngaarde|Kromodikoro|Tjon A Fong|Ter Horst|van 't Hof|Pranger|Verbeek|Maes|Willems`),
};
