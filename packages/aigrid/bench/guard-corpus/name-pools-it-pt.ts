import { list, type NamePool } from './name-pool-types.js';

// Italy: names from north to south and the islands, next to Romanian, Albanian, Moroccan,
// Chinese, Filipino, Senegalese and Ukrainian families.
export const IT_NAMES: NamePool = {
  male: list(`Giuseppe|Giovanni|Antonio|Mario|Luigi|Francesco|Alessandro|Lorenzo|Matteo|Leonardo|
    Andrea|Luca|Marco|Davide|Simone|Federico|Riccardo|Salvatore|Vincenzo|Gennaro|Carmelo|Gian Marco|
    Pier Luigi|Gianluca|Massimo|Stefano|Roberto|Fabrizio|Andrei|Ionuț|Arben|Ermal|Youssef|Hamza|
    Wei|Jian|Mark Anthony|Cheikh|Mamadou|Taras|Efisio|Raffaele|Domenico|Nicola`),
  female: list(`Sofia|Giulia|Aurora|Alice|Ginevra|Emma|Giorgia|Chiara|Francesca|Federica|Martina|
    Elisa|Sara|Valentina|Silvia|Paola|Rosaria|Concetta|Carmela|Maria Grazia|Anna Maria|Maria Teresa|
    Ioana|Elena|Elona|Fatima|Khadija|Mei|Xiaoling|Maricel|Aminata|Oksana|Nicoletta|Lucrezia|
    Benedetta|Beatrice|Noemi|Rebecca|Assunta|Immacolata`),
  surnames: list(`Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|
    Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|
    Rinaldi|Caruso|Ferrara|Galli|Martini|Leone|Longo|Gentile|Martinelli|Vitale|Lombardo|Serra|
    Coppola|De Santis|D'Angelo|Marchetti|Parisi|Villa|Ferraro|Fabbri|Cattaneo|Sanna|Piras|Pinna|
    Cannizzaro|La Rosa|Lo Bianco|Di Stefano|Dalla Costa|Dell'Acqua|Della Valle|Popescu|Hoxha|Shehu|
    El Idrissi|Hu|Chen|Zhou|Reyes|Diop|Kovalenko|Bianchi Ferri|Esposito Abate|Tedesco|Albanese`),
};

// Portugal: Portuguese names with their compound surnames, next to Brazilian, Cape Verdean,
// Angolan, Guinean, Goan, Ukrainian and Nepali families.
export const PT_NAMES: NamePool = {
  male: list(`João|José|António|Francisco|Manuel|Pedro|Tiago|Rui|Miguel|Duarte|Afonso|Santiago|
    Rodrigo|Gonçalo|Diogo|Nuno|Paulo|Luís|Vasco|João Pedro|José Maria|Thiago|Gabriel|Rafael|
    Wellington|Cleiton|Edmilson|Nelson|Adilson|Kiluanje|Mamadu|Serhiy|Bishal|Anderson|Washington|
    Hélder|Fábio|Bruno|Ricardo|Joaquim`),
  female: list(`Maria|Ana|Beatriz|Leonor|Matilde|Inês|Mariana|Carolina|Sofia|Francisca|Margarida|
    Rita|Catarina|Joana|Filipa|Sara|Maria João|Ana Rita|Maria do Carmo|Letícia|Larissa|Juliana|
    Jéssica|Thaís|Gabriela|Djamila|Neusa|Edna|Fatumata|Oksana|Sunita|Conceição|Graça|Fátima|Lurdes|
    Rosário|Raquel|Patrícia|Vânia|Sílvia`),
  surnames: list(`Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Jesus|Sousa|
    Fernandes|Gonçalves|Gomes|Lopes|Marques|Alves|Almeida|Ribeiro|Pinto|Carvalho|Teixeira|Moreira|
    Correia|Mendes|Nunes|Soares|Vieira|Monteiro|Cardoso|Rocha|Neves|Coelho|Cruz|Cunha|Pires|Ramos|
    Reis|Simões|Antunes|Matos|Fonseca|Magalhães|Tavares|Semedo|Varela|Furtado|Baldé|Djaló|Kovalenko|
    Gurung|Fernandes da Costa|Lopes da Silva|dos Santos|da Silva|de Sousa|do Carmo|Sousa Pinto|
    Ferreira da Costa|Castelo Branco|Mascarenhas|Barbosa|Nascimento|Araújo|Brandão`),
};
