import { list, type NamePool } from './name-pool-types.js';

// Germany, Austria, Switzerland: German names next to Turkish, Kurdish, Arab, Polish,
// Russian-German, Balkan, Greek, Italian and Vietnamese families.
export const DE_NAMES: NamePool = {
  male: list(`Lukas|Leon|Finn|Jonas|Maximilian|Paul|Felix|Elias|Noah|Ben|Tim|Jan|Florian|Tobias|
    Sebastian|Stefan|Michael|Thomas|Andreas|Jürgen|Dieter|Uwe|Wolfgang|Horst|Klaus-Peter|Hans-Jürgen|
    Karl-Heinz|Mehmet|Emre|Can|Murat|Mustafa|Yusuf|Ahmad|Omar|Karim|Piotr|Tomasz|Dmitri|Sergej|
    Alexander|Konstantinos|Nikola|Dragan|Giuseppe|Duc Anh|Kemal|Burak|Hüseyin|Bastian|Matthias|Jörg`),
  female: list(`Emma|Mia|Hannah|Sophie|Lea|Marie|Anna|Lena|Laura|Julia|Katharina|Sabine|Ute|Birgit|
    Heike|Petra|Monika|Gisela|Anna-Lena|Marie-Luise|Lisa-Marie|Ayşe|Elif|Zeynep|Hatice|Fatma|Merve|
    Yasmin|Layla|Rania|Katarzyna|Agnieszka|Natalia|Olga|Swetlana|Eleni|Jelena|Maja|Thi Hoa|Linh|
    Franziska|Charlotte|Greta|Johanna|Dilara|Selin`),
  surnames: list(`Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|
    Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|
    Lange|Werner|Krause|Lehmann|Köhler|Huber|Gruber|Steiner|Moser|Brunner|Yılmaz|Kaya|Demir|Şahin|
    Çelik|Öztürk|Aydın|Arslan|Doğan|Kowalczyk|Nowak|Lewandowski|Wójcik|Al-Hassan|Haddad|Hamdan|
    Papadopoulos|Georgiou|Popović|Jovanović|Kovačević|Ivanov|Becker-Schmitt|Meyer-Lindenberg|
    Schulze-Wilhelm|von Bülow|von der Heide|von Arnim|zu Dohna|Nguyen|Tran|Esposito|Rossi|Bergmann|
    Großmann|Weiß|Fuchs|Vogel|Sommer|Jäger|Engel|Kühn`),
};

// France and Belgium: French names next to Maghrebi, West African, Portuguese, Vietnamese,
// Armenian and Antillean families.
export const FR_NAMES: NamePool = {
  male: list(`Jean|Pierre|Louis|Hugo|Lucas|Théo|Jules|Gabriel|Arthur|Raphaël|Nathan|Maxime|Antoine|
    Nicolas|Julien|Sébastien|Philippe|Thierry|Olivier|Laurent|Jean-Pierre|Jean-Baptiste|Jean-Marc|
    Pierre-Yves|Mohamed|Karim|Yacine|Mehdi|Rachid|Nabil|Sofiane|Moussa|Mamadou|Ousmane|Cheikh|
    Ibrahima|Joaquim|Tiago|Minh|Arnaud|Grégoire|Benoît|Loïc|Yannick|Aurélien|Cédric|Dylan|Kevin|Anthony`),
  female: list(`Marie|Camille|Léa|Chloé|Manon|Inès|Sarah|Emma|Jade|Louise|Alice|Lina|Nathalie|Isabelle|
    Sylvie|Catherine|Sandrine|Valérie|Céline|Aurélie|Marie-Claire|Anne-Sophie|Marie-Hélène|Nadia|
    Samira|Fatima-Zahra|Leïla|Yasmina|Amina|Malika|Aminata|Fatoumata|Awa|Mariama|Thi Lan|Mai|Sofia|
    Ana|Anaïs|Margaux|Océane|Clémence|Gaëlle|Solène|Maëlys|Rokia`),
  surnames: list(`Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|
    Lefèvre|Michel|Garcia|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Lefebvre|Mercier|
    Dupont|Lambert|Bonnet|François|Martinez|Chevalier|Gauthier|Rousseau|Blanchard|Benali|Bouzid|
    Haddad|Mebarki|Belkacem|Amrani|Diallo|Traoré|Diop|Ndiaye|Koné|Camara|Sow|Nguyen|Tran|Da Silva|
    Pereira|Rodrigues|Le Goff|Le Gall|Le Roux|de Villiers|de La Tour|d'Amboise|Lemaire-Dubois|
    Saint-Martin|Kervella|Hakobyan|Minville|Jean-Louis|Vandenberghe|Janssens|Peeters|Claes`),
};
