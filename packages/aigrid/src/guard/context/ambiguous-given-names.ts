import { wordList } from './word-list.js';

/*
 * Given names that are also ordinary words, months, places, brands or technical terms in one of
 * the languages covered. Capitalised at a sentence start or in a heading they say nothing, so
 * they count as a name only with more evidence (a surname after them, a title, a field name).
 */

/** English words, months, places and products that are also given names. */
export const ENGLISH_AMBIGUOUS_NAMES = wordList(`
April August June May Will Mark Grace Rose Faith Hope Joy Summer Autumn Winter Sunny Art Bill Pat Max
Jordan Chase Amber Ruby Crystal Pearl Jade Ivy Holly Daisy Lily Violet Iris Dawn Eve Dean Drew Glen
Guy Jack Jay Ken Kim Lee Les Lou Nick Rich Rob Ray Sandy Sue Victoria Georgia Florence Paris Sydney
Austin Dallas Savannah Phoenix Brooklyn Adelaide Carolina Virginia Charlotte Madison Lincoln Washington
Jackson Kent Chester Cliff Rocky Sky River Storm Dale Heath Forest Brook Willow Hazel Olive Sage Poppy
Ginger Honey Cherry Candy Misty Angel Precious Destiny Harmony Melody Trinity Justice Liberty Major
Prince King Duke Earl Royal Noble Sterling Hunter Archer Cooper Mason Carter Taylor Parker Baker
Porter Tanner Fisher Cash Penny Rusty Buck Bud Chip Frank Gene Herb Miles Norman Roman Christian
Julian Apple Alexa Siri Opal Ebony Marina Carmen Gloria Eugene Denver Houston Orlando Tyler Sierra
Nevada Dakota Montana Indiana Carolina Chelsea Kendall Ashley Shannon Tracy Cameron Logan Marshall
Ross Spencer Stanley Wesley Murray Howard Douglas Gordon Hugh Lance Terry Troy Vance Wade Bishop
Sterling Reed Blake Brent Clay Colt Dallas Gray Grey Hall Hill Lane Penn Price Rhodes Shelby
Trent Zion Noel Nathan Mercedes Morgan Ryder Skyler Skylar Ocean Rain Raven Robin Wren Lark Dove Fox
Bear Wolf Tiger Leo Aries Sol Orion Nova Luna Stella Ace Beau Bliss Blossom Bonnie Charity Clementine
Constance Dolly Ember Felicity Goldie Happy Honor Journey Jewel Karma Lucky Marigold Meadow Mercy
Merry Patience Pepper Prudence Queen Rosemary Saffron Serenity Star Sunshine Treasure Unity Velvet
Verity Vi Wendy Ellis Harley Harper Hayden Jensen Keith Miller Nelson Sherman Walker Wallace Young
Aubrey Avery Bailey Brooklyn Crosby Darcy Emerson Finley Kennedy Lennox Lyric Monroe Nico Reese
Ripley Rowan Sawyer Sutton Tatum Teagan Tucker Tristan Vaughn Warren Winston Addison Dylan Jasper
Duncan Kyle Shane Seth Abby Eden Isis Aria Ada Ruby Julia Pascal Dart Scala Kotlin Django Flask
Jenkins Ansible Electron Ember Ionic Svelte Vue Angular Gemini Claude Devin Jules Cortana Watson
Alexia Echo Juno Maya Nyx Titan Atlas Apollo Artemis Athena Hera Hermes Diana Minerva Aurora
`);

/** German, Dutch and Scandinavian words and places that are also given names. */
export const GERMANIC_AMBIGUOUS_NAMES = wordList(`
Ernst Heide Hertha Wolf Mark Kai Engel Rosa Linde Birke Frank Frei Gerda Horst Jan Kurt Lotte Mai
Toni Adler Falk Hagen Hein Kerstin Lenz Till Veit Wendel Wiebke Fritz Lorenz Jost Kuno Roos Fleur
Bloem Sterre Noor Floor Puck Bas Cor Dirk Els Evert Jaap Joke Jet Kees Klaas Lieve Luuk Maud Mees
Pim Rik Ruud Sem Teun Ton Wim Bram Dries Leen Lien Griet Hanne Ine Bieke Kobe Hidde Ids Ynze Siem
Berend Bertus Freek Gijs Harm Rens Roel Thijs Tijn Stijn Jelle Jesse Merel Sanne Nienke Femke Fenna
Bea Lore Nele Seppe Aart Barend Benthe Dewi Guus Tygo Wessel Yara Annelien Jef Ria Liesbeth Marijke
Hans Fritz Gretchen Heinz Michel Erika Berta Ida Irene Emma Frieda Else Ilse Inge Ulla Uta Ute Gunda
Linus Mats Ole Sören Sven Lars Jens Nils Knut Sonja Britt Greta Helle Karin Lise Tove Vera
`);

/** French, Spanish, Italian and Portuguese words and places that are also given names. */
export const ROMANCE_AMBIGUOUS_NAMES = wordList(`
Rose Pierre Claire Blanche Aimé Constant Prudence Patience Olive Marine France Germain Clément Désiré
Fidèle Parfait Modeste Noël Pascal Ange Avril Dominique Lys Capucine Ambre Océane Prune Jade Lou
Margaux Chantal Sylvain Brune Grâce Reine Aurore Félicité Espérance Céleste Blanca Dolores Mercedes
Consuelo Pilar Luz Paz Sol Rocío Amparo Soledad Esperanza Estrella Gloria Victoria Concepción
Milagros Natividad Ángeles Belén Fe Caridad Cruz Reyes Santos Jesús Ángel Salvador Domingo León Rosario
Remedios Rosa Camino Asunción Inmaculada Montserrat Guadalupe Lourdes Fátima Covadonga Begoña Alba
Almudena Aurora Paloma Leticia Candela Macarena Nieves Olvido Rocío Trinidad Purificación Patricio
Clemente Justo Modesto Primo Serena Speranza Gioia Bianca Stella Vera Pia Celeste Sole Amato Giusto
Beato Diamante Fiore Felice Fortunato Benedetto Carmine Rosario Romano Marino Leone Azzurra Viola
Gemma Flora Graça Glória Céu Conceição Vitória Socorro Rosário Dores Estrela Flor Amor Natal Vitor
Aparecida Iris Luna Mar Alegría Perla Diamante Dulce Amada Santa Santo Santiago Mayo Abril Julio
Agosto Marzo Doménica Domenica Europa Italia Francia Marta Giada Ginevra Vittoria Speranza Salomé
Martim Tomé Nazario Sebastião Vicente Valentim Valentino Valentín Franco Real Leal Bravo Sereno
`);

/** Turkish, Arabic, African and Asian given names that are also words or places in the covered languages. */
export const WORLD_AMBIGUOUS_NAMES = wordList(`
Can Ay Su Nur Ada Ela Nil Tan Han Tuna Amir Malik Sultan Hakim Iman Said Dana Rana Mona Rim Hind Nadir Abdel
Habib Ola Ama Awa Ade Sade Nana Ato Raj Ram Dev Om Jay Gita Asha Uma Krishna Shiva Ganesh Lakshmi Veda Li Yu
Bo Ming Lei Tao Jun Lin Fang Hong Ping Gang Mei Lan Long Hu An Mai Van Thu Yen Loan Hung Rin Ren Sakura Akira
Jin Min Sora Kai Leo
`);
