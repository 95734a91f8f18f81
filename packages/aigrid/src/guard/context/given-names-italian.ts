import { wordList } from './word-list.js';

/** Common given names in Italy, Ticino and San Marino. */
export const ITALIAN_GIVEN_NAMES = wordList(`
Achille Ada Adele Adriano Agnese Alberto Alessandra Alessandro Alessia Alessio Alfredo Alice Alvise
Andrea Angela Angelo Anna Annalisa Antonella Antonio Arianna Armando Arturo Aurelio Barbara Beatrice
Benedetta Bernardo Bruno Camilla Carla Carlo Carmela Carmine Carolina Caterina Cecilia Cesare Chiara
Claudia Claudio Concetta Corrado Cosimo Cristiano Cristina Daniela Daniele Dario Davide Debora Diego
Domenico Donatella Edoardo Elena Eleonora Elisa Elisabetta Emanuela Emanuele Emilio Enrico Enzo Ernesto
Ettore Eugenio Fabio Fabrizio Federica Federico Filippo Flavio Francesca Francesco Franco Gabriele
Gaetano Giacomo Gianluca Gianni Giorgia Giorgio Giovanna Giovanni Giulia Giuliana Giuliano Giulio
Giuseppe Giuseppina Graziella Guido Ilaria Irene Isabella Jacopo Laura Leonardo Letizia Lidia Lorena
Lorenzo Luca Lucia Luciano Ludovica Luigi Luisa Manuela Marcello Marco Margherita Maria Marina Mario
Marisa Marta Martina Massimo Matilde Matteo Mattia Maurizio Michela Michele Mirko Monica Nadia Nicola
Nicoletta Noemi Ottavio Paola Paolo Pasquale Patrizia Piero Pietro Raffaele Raffaella Renata Renato
Riccardo Rita Roberta Roberto Rocco Rosalba Rosaria Rossella Ruggero Sabrina Salvatore Samuele Sandro
Sara Serena Sergio Silvia Silvio Simona Simone Sofia Stefania Stefano Tiziana Tommaso Ugo Umberto
Valentina Valerio Vanessa Vincenzo Virginia Vittoria Vittorio Agostino Alba Amedeo Anselmo Aurora
Beniamino Bianca Brunella Calogero Cinzia Corinna Dalila Damiano Elio Emma Ermanno Ernesta Fiorella
Flora Gennaro Gerardo Giada Gianfranco Gianmarco Gianpaolo Gigliola Ginevra Ignazio Iolanda Lamberto
Leandro Liliana Loredana Lucrezia Manlio Mariangela Mariella Mariano Mauro Nando Nazario Nello Oreste
Orlando Ornella Pamela Pierluigi Pierpaolo Renzo Rinaldo Romano Romeo Rosa Rosario Sebastiano Teresa
Tullio Ubaldo Vera Viola Vito Zaccaria Azzurra Brando Elia Gioele Greta Leone Liam Mia Nicolò Pietro
Rebecca Tancredi Gianmaria Maria-Grazia Anna-Maria Pier-Luigi Mariagrazia Annamaria Giancarlo
`);
