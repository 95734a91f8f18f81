import { wordList } from './word-list.js';

/** Frequent surnames of the large immigrant communities (Turkish, Polish, Arabic, South and East Asian, African, Eastern European). */
export const WORLD_SURNAMES = wordList(`
Yılmaz Yilmaz Kaya Demir Şahin Sahin Çelik Celik Yıldız Yildiz Yıldırım Yildirim Öztürk Ozturk Aydın
Aydin Özdemir Ozdemir Arslan Doğan Dogan Kılıç Kilic Aslan Çetin Cetin Koç Koc Kurt Özkan Ozkan Şimşek
Simsek Polat Özer Korkmaz Erdoğan Yavuz Acar Aksoy Güneş Yalçın Aktaş Bulut Keskin Ünal Erdem Güler
Tekin Karaca Bozkurt Kaplan Avcı Turan Özcan Altun Yüksel Coşkun Nowak Kowalski Kowalska Wiśniewski
Wisniewski Wójcik Wojcik Kowalczyk Kamiński Kaminski Lewandowski Lewandowska Zieliński Zielinski
Szymański Szymanski Woźniak Wozniak Dąbrowski Dabrowski Kozłowski Kozlowski Jankowski Mazur
Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając
Wieczorek Jabłoński Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień
Górski Rutkowski Michalak Sikora Ostrowski Szewczyk Tomaszewski Pietrzak Marciniak Zalewski
Jakubowski Jasiński Zawadzki Sadowski Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski
Kubiak Kucharski Kalinowski Wysocki Kaźmierczak Ivanov Smirnov Kuznetsov Popov Petrov Sokolov Volkov
Kozlov Novikov Morozov Pavlov Ivanova Petrova Smirnova Shevchenko Kovalenko Bondarenko Tkachenko
Kravchenko Melnyk Boyko Lysenko Popescu Ionescu Popa Stoica Gheorghe Ciobanu Munteanu Dumitrescu
Novak Horvat Kovačević Petrović Jovanović Nikolić Hodžić Hoxha Krasniqi Berisha Gashi Papadopoulos
Ahmed Mohamed Hassan Hussein Ibrahim Mahmoud Mustafa Abdullah Haddad Khoury Saleh Nasser Mansour
Rahman Hamdan Youssef Salem Darwish Jaber Khalaf Najjar Sabbagh Benali Bensaid Alaoui Bennani
Berrada Tazi Chraibi Belkacem Bouzid Cherif Hamidi Saidi Toumi Ziani Amrani Idrissi Benjelloun Kumar
Singh Sharma Patel Shah Gupta Verma Reddy Rao Iyer Nair Menon Pillai Banerjee Chatterjee Mukherjee
Chakraborty Ghosh Dutta Joshi Desai Mehta Agarwal Jain Malhotra Kapoor Khanna Chopra Bhatia Sethi
Arora Mishra Pandey Tiwari Dubey Yadav Chauhan Thakur Naidu Krishnan Subramanian Srinivasan Gill
Sandhu Dhillon Sidhu Grewal Kaur Ahmad Khan Hussain Qureshi Sheikh Siddiqui Chaudhry Akhtar Iqbal
Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Zhu Guo Gao Luo Zheng Liang Xie Song Tang Feng Deng
Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Cheng Shen Zhong Cui Wong Chan Leung Cheung Lau Chow
Tsang Kwok Nguyen Tran Pham Hoang Phan Dang Bui Ngo Duong Kim Park Choi Jeong Kang Cho Yoon Jang
Tanaka Suzuki Sato Takahashi Watanabe Yamamoto Nakamura Kobayashi Diallo Traoré Traore Koné Kone
Coulibaly Camara Keita Touré Toure Sow Barry Bah Sylla Cissé Cisse Diop Ndiaye Faye Gueye Sarr Mbaye
Diouf Seck Thiam Okafor Okonkwo Eze Nwosu Obi Adeyemi Adebayo Ogunleye Balogun Mensah Boateng Owusu
Asante Osei Agyeman Appiah Acheampong Ofori Amoah Addo Ramdin Baldew Jagessar Ramsaran Kartosen
`);
