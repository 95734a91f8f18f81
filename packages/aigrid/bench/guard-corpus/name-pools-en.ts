import { list, type NamePool } from './name-pool-types.js';

// Britain and the US: long-standing names next to South Asian, West African, Caribbean,
// Irish, Polish, Chinese, Vietnamese, Korean, Arab and Latino families.
export const EN_NAMES: NamePool = {
  male: list(`Oliver|James|Harry|George|Jack|Thomas|William|Noah|Liam|Ethan|Daniel|Michael|Christopher|
    Matthew|Joshua|Andrew|Ryan|Tyler|Brandon|Kevin|Gareth|Rhys|Callum|Declan|Cormac|Seamus|Mohammed|
    Muhammad|Tariq|Bilal|Imran|Omar|Yusuf|Arjun|Rahul|Sanjay|Gurpreet|Harjit|Chidi|Oluwaseun|Tunde|
    Kwame|Kofi|Emeka|DeShawn|Marcus|Jamal|Darnell|Tyrone|Krzysztof|Mateusz|Piotr|Tomasz|Wei|Jian|
    Hao|Minh|Duc|Ji-hoon|Min-jun|Carlos|José|Luis|Jesús|Santiago|Diego|Hiroshi|Kenji|Dmitri|Ahmed|
    Jean-Luc|Alistair|Hamish|Ewan|Barnaby|Jerome|Winston|Nkosana|Abdirahman|Mustafa`),
  female: list(`Amelia|Olivia|Isla|Ava|Emily|Sophie|Grace|Charlotte|Jessica|Hannah|Sarah|Emma|Megan|
    Ashley|Brittany|Jennifer|Madison|Kayla|Lauren|Siobhan|Niamh|Aoife|Saoirse|Carys|Bethan|Aisha|
    Fatima|Zainab|Maryam|Amira|Priya|Deepika|Anjali|Harpreet|Simran|Ngozi|Chiamaka|Adaeze|Ama|Abena|
    Folake|Latoya|Keisha|Imani|Tamika|Zofia|Agnieszka|Katarzyna|Magdalena|Mei|Xiu|Li Na|Lan|Thuy|
    Ji-woo|Seo-yeon|María|Guadalupe|Ximena|Valentina|Yuki|Sakura|Anastasia|Leila|Mary-Kate|Anne-Marie|
    Rosalind|Imogen|Philippa|Tanisha|Shanice|Hodan|Nasra`),
  surnames: list(`Smith|Jones|Taylor|Brown|Williams|Wilson|Evans|Thomas|Johnson|Roberts|Walker|Wright|
    Robinson|Thompson|White|Hughes|Edwards|Green|Hall|Wood|Harris|Clarke|Jackson|Lewis|Morgan|Cooper|
    Patel|Khan|Ahmed|Hussain|Begum|Ali|Rahman|Chaudhry|Singh|Kaur|Sandhu|Gill|Okafor|Adeyemi|Okonkwo|
    Mensah|Boateng|Owusu|Asante|Adebayo|Oyelaran|O'Brien|O'Connor|O'Sullivan|MacDonald|McKenzie|
    McLaughlin|Fitzgerald|Nowak|Kowalski|Wiśniewski|Lewandowski|Garcia|Rodriguez|Hernandez|Martinez|
    Lopez|Gonzalez|Nguyen|Tran|Pham|Kim|Park|Lee|Zhang|Wang|Li|Chen|Liu|Washington|Jefferson|Banks|
    Okoro|Smith-Jones|Lloyd-Davies|Ramsey|Abdi|Warsame|Haddad|Nakamura|Tanaka|Ivanova|Petrov|
    Van Buren|De Souza|St. John|Ó Briain|Featherstonehaugh`),
};

// Indian names for the en-IN share: north and south, Hindu, Muslim, Sikh and Christian families.
export const IN_NAMES: NamePool = {
  male: list(`Aarav|Vivaan|Aditya|Ishaan|Rohan|Arjun|Rahul|Amit|Vikram|Suresh|Ramesh|Venkatesh|
    Srinivas|Karthik|Prakash|Abdul|Farhan|Imran|Harpreet|Gurdeep|Joseph|Thomas|Anand|Sanjay|
    Mahesh|Nikhil|Pranav|Siddharth|Raghav|Manoj`),
  female: list(`Ananya|Diya|Kavya|Sneha|Priya|Pooja|Lakshmi|Meenakshi|Deepa|Divya|Shreya|Aishwarya|
    Fatima|Ayesha|Harleen|Simran|Mary|Anjali|Nandini|Revathi|Sunita|Rekha|Swati|Tanvi|Ishita`),
  surnames: list(`Sharma|Verma|Gupta|Iyer|Reddy|Nair|Menon|Banerjee|Chatterjee|Mukherjee|Desai|Joshi|
    Kulkarni|Pillai|Rao|Krishnan|Subramanian|Agarwal|Chaudhary|Siddiqui|Qureshi|Singh|Kaur|D'Souza|
    Fernandes|Patil|Naidu|Bhattacharya|Malhotra|Kapoor|Mehta|Shah`),
};
