import { wordList } from './word-list.js';

/** Common given names in Germany, Austria and Switzerland, older and newer. */
export const GERMAN_GIVEN_NAMES = wordList(`
Achim Adelheid Alexander Alfons Alfred Alois Andreas Anja Anke Annegret Annemarie Anneliese Annika
Anton Antje Armin Arne Arnold Astrid Axel Barbara Bärbel Beate Benedikt Benjamin Bernd Bernhard Berta
Bettina Birgit Björn Bodo Brigitte Bruno Burkhard Carina Carsten Christa Christel Christiane Christina
Christoph Claudia Cornelia Dagmar Daniel Daniela Dennis Detlef Diana Dieter Dietmar Dirk Dominik Doris
Dorothea Edgar Egon Eike Elfriede Elisabeth Elke Emil Emilia Emma Erich Erika Erna Erwin Eva Ewald
Fabian Felix Ferdinand Finn Florian Franz Franziska Friedrich Frieda Fritz Gabriele Georg Gerd Gerda
Gerhard Gernot Gertrud Gisela Gottfried Gudrun Günter Günther Gustav Hannelore Hannes Hans Harald
Hartmut Heidi Heike Heinrich Heinz Helga Helene Helmut Henning Herbert Hermann Hildegard Holger Horst
Hubert Ilse Ina Inge Ingeborg Ingo Ingrid Irmgard Jana Janine Jannik Jasmin Jens Joachim Jochen Johann
Johanna Johannes Jonas Jörg Josef Jürgen Jutta Karin Karl Karla Karsten Katarina Katharina Kathrin
Katja Kerstin Kevin Klaus Knut Konrad Konstantin Kurt Lars Laura Lea Lena Leni Leonie Lina Lisa
Lothar Lotte Luisa Lukas Luise Maik Manfred Manuel Manuela Marcel Marco Mareike Margarete Margot Maria
Marianne Marie Marina Mario Marion Markus Marlene Martha Martin Martina Mathias Matthias Max
Maximilian Meike Melanie Michael Michaela Mirko Monika Nadine Nicole Niklas Nils Nina Norbert Olaf
Oliver Ortrud Oskar Otto Patrick Paul Paula Peter Petra Philipp Pia Rainer Ralf Regina Reinhard
Reinhold Renate Rita Robert Roland Rolf Rosemarie Rudolf Rüdiger Ruth Sabine Sabrina Sandra Sarah
Sascha Sebastian Siegfried Sigrid Silke Simon Simone Sonja Stefan Stefanie Steffen Stephan Susanne
Svenja Sven Sybille Tanja Theresa Thomas Thorsten Tilo Tim Tobias Torsten Udo Ulf Ulla Ulrich Ulrike
Ursula Ute Uwe Valentin Vanessa Volker Waltraud Walter Werner Wilhelm Willi Wolfgang Yvonne
Anneke Ansgar Arno Benno Berthold Claas Ditmar Eberhard Ekkehard Engelbert Ernst Erwin Falk Frauke
Fridolin Frithjof Gregor Gunnar Hagen Heiko Helmuth Henrik Ilka Irene Jakob Jan Jannis Jendrik Jonathan
Kai Karoline Kirsten Laurenz Leopold Liesel Ludwig Magdalena Malte Mats Merle Mia Mila Moritz Nele
Noah Ole Pascal Quirin Reiner Rupert Sieglinde Sören Theo Thilo Till Tilman Ulrich Vinzenz Wiebke
Wilfried Wolfram Xaver Anneliese Friederike Gretchen Gundula Hedwig Hertha Ida Irmtraud Luitgard
Mechthild Notburga Ottilie Rosalie Roswitha Swantje Trude Wilma Zenzi Leonhard Kilian Korbinian
Hansjörg Karlheinz Heinz-Peter Jan-Peter Hans-Jürgen Klaus-Dieter Ann-Kathrin Anna-Lena Lea-Sophie
Marie-Luise Urs Beat Reto Ueli Thierry Flurin Seraina Andrin Jolanda Cornelius Damian Elias Emilian
Hannah Henriette Jaqueline Jule Juliane Lilli Luca Luka Lenz Marlies Maren Mattis Milan Miriam Nadja
Nico Nora Pauline Rieke Ronja Selina Sina Sofie Tabea Tamara Thea Timo Vivien Wenzel Wiebke
`);
