import { wordList } from './word-list.js';

/** Common Polish, Czech, Slovak, Russian, Ukrainian, Balkan and Romanian given names. */
export const SLAVIC_GIVEN_NAMES = wordList(`
Adam Adrian Agata Agnieszka Aleksander Aleksandra Alicja Andrzej Aneta Anita Antoni Artur Barbara Bartek
Bartłomiej Bartosz Beata Bogdan Bogusław Bożena Cezary Czesław Danuta Dariusz Dawid Dominika Dorota
Edyta Elżbieta Emilia Ewa Ewelina Filip Franciszek Grażyna Grzegorz Halina Hanna Henryk Irena Iwona
Izabela Jacek Jadwiga Jakub Janina Janusz Jarosław Jerzy Joanna Jolanta Józef Julia Justyna Kacper
Kamil Kamila Karolina Katarzyna Kazimierz Kinga Klaudia Krystyna Krzysztof Leszek Lucyna Łucja Łukasz
Maciej Magdalena Małgorzata Marcin Marek Mariusz Marta Marzena Mateusz Michał Mikołaj Milena Mirosław
Monika Natalia Oliwia Patrycja Paulina Paweł Piotr Przemysław Radosław Rafał Renata Robert Roman
Ryszard Sebastian Sławomir Stanisław Stefan Sylwia Szymon Tadeusz Teresa Tomasz Urszula Wanda
Weronika Wiesław Wiktor Wiktoria Witold Władysław Wojciech Zbigniew Zdzisław Zofia Zuzanna Łucjan
Lukasz Malgorzata Michal Pawel Radoslaw Slawomir Wladyslaw Jaroslaw Boguslaw Miroslaw Wieslaw
Alexei Alexey Alina Anastasia Anatoly Andrei Andrey Anton Anya Boris Daria Dasha Denis Dmitri Dmitry
Ekaterina Elena Evgeny Galina Gennady Grigory Igor Ilya Inna Irina Ivan Kirill Konstantin Ksenia
Larisa Lyudmila Maksim Maxim Mikhail Nadezhda Natalya Nikita Nikolai Oksana Oleg Olga Pavel Polina
Roman Ruslan Sergei Sergey Svetlana Tatiana Tatyana Valentina Valery Vasily Viktor Vitaly Vladimir
Vladislav Yana Yaroslav Yekaterina Yelena Yulia Yuri Zhanna Bohdan Mykola Mykhailo Oleksandr
Oleksii Olena Petro Taras Volodymyr Yulia Halyna Iryna Nataliya Serhiy Vasyl Yurii Andriy Dmytro
Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal Lukáš Jakub Milan
Karel Ondřej Vojtěch Jana Eva Hana Lenka Kateřina Lucie Věra Alena Petra Veronika Markéta Tereza
Zuzana Marek Peter Juraj Ján Ľubomír Dragan Goran Zoran Milan Nikola Marko Stefan Nenad Dejan Ivana
Jelena Marija Milica Snežana Vesna Dragana Tamara Ante Ivica Josip Stjepan Mirjana Ana Emir Edin
Amra Adnan Jasmin Lejla Selma Armin Elvir Besim Arben Artan Blerim Driton Fatmir Valon Besa Albana
Arta Drita Ardit Agron Mihai Andrei Ion Ioana Elena Alexandru Florin Gabriel Adrian Cristian Ionuț
Bogdan Radu Vlad Ana Maria Mihaela Andreea Alina Cristina Daniela Gabriela Raluca Roxana Oana Irina
Simona Nicoleta Dumitru Gheorghe Vasile Costel Marius Sorin Cosmin Ciprian Claudiu Liviu Ovidiu
Dimitrios Giorgos Konstantinos Nikolaos Eleni Katerina Sofia Maria Georgios Ioannis Panagiotis
Vasilis Christos Dimitra Angeliki Despina
`);
