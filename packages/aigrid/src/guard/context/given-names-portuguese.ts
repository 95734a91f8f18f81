import { wordList } from './word-list.js';

/** Common given names in Portugal, Brazil, Angola, Mozambique and Cape Verde. */
export const PORTUGUESE_GIVEN_NAMES = wordList(`
Adriana Afonso Alexandre Alice Álvaro Amália Ana André Andreia Ângela Antônio António Armando Artur
Beatriz Benedita Bernardo Bruna Bruno Caio Camila Carla Carlos Carolina Catarina Cecília Célia Cíntia
Cláudia Cláudio Cristiano Cristina Daniel Daniela Davi Débora Diogo Domingos Duarte Eduarda Eduardo
Elisa Emanuel Enzo Ernesto Fabiana Fábio Felipe Fernanda Fernando Filipa Filipe Francisca Francisco
Gabriel Gabriela Gilberto Gonçalo Guilherme Gustavo Heitor Helena Henrique Hugo Inês Isabel Isabela
Isadora Jaqueline Joana João Joaquim Jorge José Júlia Juliana Júlio Larissa Laura Leandro Leonardo
Letícia Lorena Lourenço Luana Lucas Luciana Luís Luíza Luiz Luiza Manuel Manuela Marcela Marcelo
Márcia Marco Marcos Margarida Maria Mariana Marta Mateus Matheus Matilde Miguel Mirela Natália Nuno
Otávio Patrícia Paula Paulo Pedro Priscila Rafael Rafaela Raquel Renata Renato Ricardo Rita Roberto
Rodrigo Rogério Rosana Rui Samuel Sandra Santiago Sara Sebastião Sérgio Sílvia Simão Simone Sofia
Tânia Teresa Thiago Tiago Tomás Valentina Vanessa Vasco Vicente Vinícius Vitória Yasmin Adélia
Aline Anderson Antônia Aparecida Benício Bianca Brenda Cauã Conceição Cleber Cleide Dalva Denise
Edson Elaine Eliane Erick Everton Fabrício Flávia Flávio Francine Geraldo Gilmar Giovana Graziela
Heloísa Ivone Jefferson Joaquina Josué Juarez Jussara Kaique Kelly Leonor Lívia Lucélia Lúcia
Marisa Maurício Mônica Murilo Nathalia Neusa Odete Osvaldo Reginaldo Regina Rosângela Sabrina
Silvana Silvio Solange Tatiana Valdir Valéria Vera Wagner Wellington Wesley Zélia Benedito Sebastiana
Raimundo Raimunda Francielle Jhonatan Kauã Laís Maitê Miguelito Pietra Ravi Rayane Thaís Thalita
Yuri Ademir Adriano Alessandra Cristóvão Diana Duarte Gervásio Horácio Irene Jacinto Leonel Lurdes
Madalena Mafalda Martim Rodrigo Salomé Tomé Violeta Zacarias Ana-Paula João-Pedro Maria-Eduarda
`);
