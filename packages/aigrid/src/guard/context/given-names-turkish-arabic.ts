import { wordList } from './word-list.js';

/** Common Turkish and Kurdish given names (large communities in DE, NL, AT, BE, FR). */
export const TURKISH_GIVEN_NAMES = wordList(`
Abdullah Adem Ahmet Akın Alper Arda Aslı Ayşe Aysel Ayten Aylin Baran Barış Batuhan Bayram Berk Berkay
Betül Beyza Burak Burcu Bülent Cansu Cemal Cemile Cengiz Ceren Cihan Deniz Derya Devrim Dilek Doğan
Ebru Ece Elif Emel Emine Emir Emre Engin Enes Erdem Erdoğan Eren Erkan Esra Evren Fadime Fatih Fatma
Ferhat Feride Filiz Furkan Gamze Gizem Gökhan Gül Gülay Gülsüm Gülşen Hakan Halil Hande Hasan Hatice
Hülya Hüseyin İbrahim İlker İrem İsmail Kadir Kemal Kerem Koray Levent Mehmet Melek Melike Meltem
Merve Mert Mesut Metin Mustafa Murat Necati Nesrin Nihat Nilay Nurcan Oğuz Okan Onur Orhan Osman
Özge Özgür Özlem Pınar Ramazan Recep Rukiye Sabri Seda Selim Selin Semra Serap Serkan Sevgi Sevim Sibel
Sinan Songül Süleyman Şerife Şükrü Tamer Tarık Tuba Tuğba Tuncay Tülay Uğur Ümit Volkan Yasemin Yasin
Yavuz Yeliz Yusuf Zehra Zeki Zerrin Zeynep Ibrahim Ismail Ilker Irem Oezlem Oezguer Guel Guelsen
Huelya Hueseyin Suekrue Suelyemann Ugur Uemit Tuelay Cagla Çağla Çağrı Cagri Dilara Ebru Eda Ela Esma
Gülcan Kübra Büşra Busra Kubra Rabia Sena Sümeyye Yağmur Yagmur Zübeyde Aynur Berivan Dilan Rojda
Şirin Azad Baran Rojin Zelal Hêvî Kawa Dersim Serhat Rıza Riza Erol Ercan Ayhan Orhan Nuri Vedat
`);

/** Common Arabic given names (Maghreb, Levant, Gulf, Egypt), in the usual Latin spellings. */
export const ARABIC_GIVEN_NAMES = wordList(`
Abdel Abdelaziz Abdelkader Abdelkarim Abdellah Abdelhak Abderrahim Abderrahmane Abdou Abdul Abdulaziz
Abdulla Abdullah Abdulrahman Adel Adil Ahmad Ahmed Aicha Aïcha Aisha Aïssa Amal Amina Aminata Amine Amir
Amira Anas Anouar Asma Ayman Aymen Ayoub Aziz Bachir Bilal Bouchra Brahim Chadi Chafik Chaima Charif
Dalia Djamel Driss Fadi Fadwa Farid Farida Fatiha Fatima Fatma Fayçal Fouad Ghada Habib Hadi Hafsa
Hakim Halima Hamid Hamza Hanan Hani Haroun Hassan Hatem Haytham Hicham Hind Hocine Houda Hussein Ibtissam
Ilham Ilias Ilyas Imad Imane Ismael Issam Jalal Jamal Jamila Jihane Kamal Karim Karima Khadija Khaled
Khalid Khalil Lamia Latifa Layla Leila Lina Loubna Mahmoud Malak Malika Marwa Maryam Meriem Mohamed
Mohammad Mohammed Mohand Mona Mostafa Mouad Mounir Mourad Mustapha Nabil Nadia Nadir Naima Najib
Najat Nasser Nawal Nizar Noura Omar Othmane Oussama Rachid Rania Rachida Rafik Rami Rania Rashid Reda
Redouane Riad Rim Saad Sabrina Safia Said Saïd Salah Saleh Salim Salma Samir Samira Sanaa Sara Sofiane
Souad Soufiane Sultan Tarek Tarik Walid Wassim Yacine Yahya Yasmina Yassine Yasser Youssef Younes
Yousra Yusra Zakaria Zaynab Zineb Zohra Zouhair Ziad Abdelilah Achraf Amjad Anwar Bassam Basma Faisal
Ghassan Hiba Ibrahim Jawad Kareem Lubna Majid Marwan Mazen Mohannad Muna Nadim Nour Omran Qasim Raed
Ramzi Rasha Reem Saif Samer Shadi Tamer Waleed Yazan Zaid Zainab Zeinab Houssam Ahlam Fatna Hajar
Ikram Kaoutar Oumaima Soukaina Wiam Yousef Yusuf Mehdi Nadjib Nordine Noureddine Kader Mokhtar Moussa
`);
