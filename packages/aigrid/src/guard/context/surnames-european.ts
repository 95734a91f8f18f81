import { wordList } from './word-list.js';

/** Frequent surnames in the English-, German- and French-speaking countries. */
export const NORTHERN_SURNAMES = wordList(`
Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin
Thompson White Harris Clark Lewis Robinson Walker Young Allen Wright Scott Hill Green Adams Baker
Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris
Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood
Watson Brooks Bennett Gray Hughes Price Sanders Myers Ross Foster Powell Jenkins Perry Russell
Sullivan Fisher Henderson Coleman Simmons Patterson Reynolds Hamilton Graham Wallace Cole West
Stone Hayes Gibson Ellis Marshall Owens Harrison Fernandez Murray Ford Butler Barnes Fox Warren
Webb Palmer Hunt Holmes Knight Lloyd Black Shaw Jameson Davies Lawson Mills Dixon Chapman Hart
OBrien O'Brien O'Connor O'Neill O'Sullivan McCarthy McDonald McKenzie MacDonald Byrne Ryan Walsh
Doyle Kennedy Lynch Quinn Brennan Fitzgerald Gallagher Kavanagh Donnelly Keane Nolan Regan Dunne
Müller Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Schaefer
Koch Bauer Richter Klein Schröder Schroeder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann
Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter
Mayer Huber Kaiser Fuchs Peters Scholz Möller Weiß Weiss Jung Hahn Schubert Vogel Friedrich Keller
Günther Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Ludwig Böhm Kraus Schumacher
Krämer Vogt Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler
Kuhn Kühn Pohl Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer Lindner Gruber Steiner Moser
Hofer Leitner Pichler Wimmer Egger Brunner Lang Eder Mayr Baumgartner Reiter Wieser Fuchs Gerber
Frey Keller Meister Sutter Brunner Zürcher Widmer Bernard Dubois Durand Leroy Moreau Simon Laurent
Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier
Dupont Lambert Bonnet François Legrand Garnier Faure Rousseau Blanc Guérin Guerin Muller Henry Roussel
Perrin Morin Mathieu Gauthier Dumont Fontaine Chevalier Robin Masson Gérard Boyer Lemaire Duval Joly
Gautier Roche Meunier Marchand Dufour Blanchard Barbier Brun Dumas Brunet Leroux Colin Renard Arnaud
Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Leclercq Lacroix
Fabre Dupuis Hubert Guillot Rivière Moulin Lecomte Ménard Fleury Deschamps Carpentier Benoît Maillard
Marchal Aubry Vasseur Jacquet Collet Prévost Poirier Charpentier Royer Huet Baron Dupuy Pons Lainé
Carré Perrot Guyot Barre Marty Cousin Peeters Maes Claes Goossens Wouters Janssens Jacobs Mertens
Willems Dupuis Lejeune Desmet Declercq Vermeulen
`);

/** Frequent surnames in the Spanish-, Portuguese-, Dutch- and Italian-speaking countries. */
export const SOUTHERN_SURNAMES = wordList(`
García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández
Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez
Serra Serrano Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina
Garrido Cortés Castillo Lozano Guerrero Cano Prieto Méndez Calvo Gallego Márquez Herrera Peña Flores
Cabrera Campos Vega Fuentes Carrasco Díez Caballero Nieto Aguilar Pascual Santana Herrero Montero
Hidalgo Giménez Ibáñez Ferrer Durán Benítez Mora Vargas Arias Carmona Crespo Pastor Soto Sáez Velasco
Moya Soler Parra Esteban Gallardo Rojas Garcia Rodriguez Gonzalez Fernandez Lopez Martinez Sanchez
Perez Gomez Jimenez Hernandez Diaz Munoz Alvarez Gutierrez Dominguez Vazquez Ramirez Suarez Nunez
Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Goncalves
Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares
Vieira Monteiro Cardoso Rocha Neves Coelho Cunha Pires Reis Simões Antunes Matos Fonseca Machado
Araújo Araujo Barbosa Tavares Lourenço Figueiredo Azevedo Freitas Barros Lima Batista Dias Nascimento
Moura Melo Cavalcanti Andrade Borges Jansen Visser Smit Meijer Mulder Bos Vos Hendriks Dekker Brouwer
Dijkstra Smits Kok Vermeulen Schouten Willems Hoekstra Maas Verhoeven Koster Prins Blom Huisman Bakker
Janssen Bosman Kuipers Postma Veenstra Wijnands Dijk Jong Vries Berg Boer Groot Wit Graaf Haan Bruijn
Bruin Meer Linden Heuvel Veen Broek Heijden Beek Vliet Leeuwen Dam Wal Rossi Russo Ferrari Esposito
Bianchi Romano Colombo Ricci Greco Bruno Gallo Conti Mancini Giordano Rizzo Lombardi Moretti Barbieri
Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Longo Martinelli Vitale Lombardo Coppola
Marchetti Parisi Ferraro Ferri Fabbri Marini Grasso Valentini Messina Gatti Pellegrini Palumbo Sanna
Farina Rizzi Monti Cattaneo Morelli Silvestri Mazza Grassi Pellegrino Carbone Giuliani Benedetti
Barone Rossetti Caputo Montanari Palmieri Bernardi Ferretti Bellini Basile Donati Piras Vitali
Battaglia Sartori Neri Costantini Milani Pagano Ruggiero Sorrentino D'Angelo D'Amico Orlando Negri
Esposito DeLuca Ricciardi Bassi Lombardi Cocco Fumagalli Brambilla Colombo
`);
