import { wordList } from './word-list.js';

/** Common given names in France, Belgium, Switzerland, Quebec and French-speaking Africa. */
export const FRENCH_GIVEN_NAMES = wordList(`
Adèle Adrien Agathe Agnès Alain Albane Alexandre Alexis Alice Aline Alphonse Amandine Ambre Amélie
Anaïs André Andrée Anne Annick Antoine Arianne Arnaud Arthur Aude Audrey Augustin Aurélie Aurélien
Axelle Baptiste Bastien Béatrice Benoît Bérangère Bernadette Bernard Bertrand Brigitte Bruno Camille
Capucine Carole Caroline Catherine Cécile Céline Chantal Charles Charlotte Christelle Christian
Christiane Christine Christophe Claire Clarisse Claude Claudine Clémence Clément Clotilde Colette
Coralie Corentin Cyril Cyrille Damien Daniel Danielle David Delphine Denis Denise Didier Dominique
Édith Édouard Élise Éloïse Élodie Émilie Émile Emmanuel Emmanuelle Éric Estelle Étienne Eugène
Eugénie Fabien Fabienne Fabrice Fanny Félix Fernand Fernande Flavie Florence Florent Florian
Francine Franck François Françoise Frédéric Frédérique Gabriel Gabrielle Gaël Gaëlle Gaspard Gaston
Geneviève Geoffroy Georges Gérald Gérard Ghislain Ghislaine Gilbert Gilles Gisèle Grégoire Guillaume
Gustave Guy Hélène Henri Henriette Hervé Hortense Hugues Inès Irène Isabelle Jacqueline Jacques Jean
Jeanne Jérémie Jérémy Jérôme Joël Joëlle Jordan Joséphine Josette Julie Julien Juliette Justine
Laetitia Laure Laurence Laurent Léa Léna Léo Léon Léonie Lionel Louis Louise Luc Lucas Lucie Lucien
Lucienne Ludovic Madeleine Maëlle Mahé Manon Marc Marcel Marcelle Margaux Marguerite Marianne Marie
Marine Marion Marius Martine Mathilde Mathieu Matthieu Maurice Maxime Mélanie Michel Michèle Mickaël
Mireille Monique Morgane Muriel Murielle Nadine Nathalie Nicolas Nicole Noémie Océane Odette Odile
Olivier Pascale Patrice Patricia Paulette Perrine Philippe Pierre Pierrick Quentin Raphaël Raymond
Raymonde Régine Régis Rémi Renaud René Renée Roger Romain Romane Roselyne Sabine Sacha Sandrine
Sébastien Séverine Simone Solène Sophie Stéphane Stéphanie Suzanne Sylvain Sylvie Thérèse Thibault
Thibaut Thierry Timothée Tristan Valentin Valérie Véronique Victor Vincent Virginie Xavier Yann
Yannick Yves Yvette Yvonne Zoé Anatole Apolline Armand Aymeric Benjamin Blandine Cédric Clarisse
Cyprien Diane Elsa Enzo Éliott Gaëtan Gauthier Gwenaëlle Gwendal Hugo Jules Killian Kylian Lilou
Loïc Loïs Lou Lucille Maël Maëva Marceau Maxence Nathan Nolan Noé Ophélie Pauline Quitterie Rose
Ségolène Soline Tanguy Théo Timéo Tom Yanis Yasmine Anne-Marie Anne-Sophie Jean-Baptiste Jean-Claude
Jean-François Jean-Luc Jean-Marc Jean-Michel Jean-Paul Jean-Pierre Jean-Louis Marie-Claire
Marie-Christine Marie-France Marie-Hélène Marie-Pierre Pierre-Yves Paul-Henri Marie-Thérèse
Geneviève Huguette Jocelyne Lysiane Maryse Mylène Nadège Pierrette Rolande Sidonie Solange Viviane
`);
