import { wordList } from './word-list.js';

/** Common given names in the Netherlands and Flanders, with Surinamese, Antillean and Frisian ones. */
export const DUTCH_GIVEN_NAMES = wordList(`
Aad Aafke Adriaan Agnes Albert Alexander Anke Anneke Annelies Anouk Arend Arie Arjan Arjen Arnoud
Bart Bas Bastiaan Bea Berend Bert Bertus Bob Boris Bram Brecht Carla Cas Casper Cees Chantal Christiaan
Cor Corné Cornelis Daan Danny Dennis Dick Diederik Dirk Dorien Douwe Eline Elise Ellen Els Emma Erik
Esther Eva Evert Femke Fenna Floor Floris Frans Freek Frits Gerard Gerrit Gert Gijs Gerben Geert
Hanneke Hans Harm Hendrik Henk Henny Herman Hugo Ilse Inge Ingrid Iris Jaap Jacob Jacqueline Jan
Janneke Jannes Jasper Jelle Jelmer Jeroen Jesse Joep Johan Johannes Jolanda Joost Joris Josje Joyce
Julia Karin Kees Klaas Koen Laura Lars Lieke Lisa Lotte Lucas Luuk Maarten Manon Marieke Marijke
Marjolein Mark Marleen Martijn Maud Mees Merel Michiel Milan Mirjam Monique Nicole Niels Nienke Noor
Olivier Paul Peter Petra Pieter Pim Puck Quinten Remco Rens Rik Rob Robbert Roel Ronald Rutger Ruud
Sander Sanne Saskia Sem Siem Simone Sjaak Sjoerd Sophie Stefan Stijn Suzanne Teun Thijs Thomas Tijn
Tim Tom Ton Tonnie Vera Victor Willem Wim Wouter Yvonne Zoë Aart Annemarie Anton Arnout Barend
Benthe Dewi Dries Fleur Gerda Gerlof Guus Hidde Hielke Ids Jeltje Jochem Joke Jurre Kiki Lieve Lotte
Lieven Maaike Mathijs Menno Mila Nina Pepijn Renske Rianne Roos Sietse Sieger Tamara Thijmen Tjitske
Tygo Vincent Wessel Wietse Yara Ynze Jozef Jef Stijn Wannes Jens Seppe Lien Liesbeth Hanne Ine Griet
Annelien Lore Nele Leen Katrien Bieke Kobe Mathias Jasper Thibaut Sven Rayen Ravi Shanti Sharda Anand
Ashwin Chandra Dinesh Ganesh Jairam Kishan Kavita Navin Nirmala Prakash Radjesh Reshma Roshni Sandeep
Sunil Soenita Anjali Rakesh Ramon Romeo Sergio Gilbert Jurgen Clyde Rinaldo Glenn Ruben Roy Mitchell
Ricardo Shirley Jerrel Jiandro Quincy Ryan Stacey Natasja Priscilla Kimberley Denzel Virgil Winston
Ruud-Jan Jan-Willem Jan-Peter Anne-Marie Marie-José Hans-Peter Sietske Tjeerd Wiebe Jildou Baukje
`);
