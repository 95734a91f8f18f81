import { wordList } from './word-list.js';

/** Common West, Central and East African given names (Nigeria, Ghana, Senegal, Mali, Côte d'Ivoire, Cameroon, Congo, Somalia, Eritrea, Ethiopia). */
export const AFRICAN_GIVEN_NAMES = wordList(`
Abdoulaye Abena Abimbola Abiodun Adaeze Adama Adebayo Adekunle Adenike Adeola Adewale Adeyemi Adjoa
Adwoa Afua Akosua Akua Alassane Aliou Aliyu Amadou Amaka Amara Amina Aminata Ama Assane Awa Ayodele
Babajide Babacar Bamidele Binta Boubacar Bukola Chiamaka Chidi Chidinma Chiamaka Chinedu Chinwe Chioma
Chukwuemeka Chukwudi Chinonso Damilola Dayo Ebere Ebuka Efosa Efua Ekene Emeka Esi Femi Folake Funke
Funmilayo Fatou Fatoumata Gbenga Ibrahima Ifeanyi Ifeoma Ikechukwu Isatou Issa Kadiatou Kehinde Kemi
Kofi Kojo Kwabena Kwadwo Kwaku Kwame Kwasi Kwesi Lamine Mamadou Mariama Moussa Ndeye Ngozi Nnamdi
Nneka Nkechi Nkem Obinna Ogechi Oladipo Olajide Olamide Olaniyan Olufemi Olumide Oluwadamilare
Oluwaseun Oluwatobi Omari Onyeka Ousmane Oumar Oumou Rokia Sadio Safiatou Salif Seun Seydou Sekou
Segun Souleymane Taiwo Temitope Titilayo Tolulope Tunde Uche Uchenna Ugochukwu Yaa Yaw Yewande
Yetunde Yusuf Zainab Aissatou Awa Cheikh Demba Djibril Fodé Habib Khady Mame Modou Pape Saliou Serigne
Sokhna Thierno Yacouba Youssouf Adjoa Efia Kwaku Nana Akwasi Ekow Kweku Ato Kojo Mawuli Selorm Delali
Dzifa Edem Elikem Senyo Yao Koffi Kouassi Kouadio Konan Aya Affoué Ahou Akissi Amenan Adjoua Moctar
Tshilombo Mukendi Kabila Ilunga Nzuzi Mbuyi Kalonji Ngalula Bienvenu Fiston Gloire Mbali Thandiwe
Sipho Themba Thabo Lindiwe Nomvula Zanele Abdirahman Abdi Ayaan Fadumo Hodan Hibaaq Ilhaan Warsame
Mahad Hamdi Mekdes Tigist Abebe Almaz Dawit Haile Kebede Selam Tesfaye Yonas Yohannes Yordanos Meron
Senait Berhane Eyerusalem Rahel Semhar Filimon Mulugeta Ababa Wanjiru Wanjiku Kamau Njeri Otieno
Achieng Akinyi Atieno Odhiambo Wambui Mwangi Baraka Neema Rehema Zawadi Juma Jabari Amani Imani
`);
