import { wordList } from './word-list.js';

/** Common given names in Spain and Latin America (Mexico, Colombia, Argentina, Peru, Venezuela …). */
export const SPANISH_GIVEN_NAMES = wordList(`
Abel Adolfo Adriana Agustín Aitana Aitor Alberto Alejandra Alejandro Alfonso Alfredo Alicia Almudena
Álvaro Amalia Ana Andrés Ángela Ángeles Antonio Arantxa Ariadna Armando Arturo Asunción Aurora Beatriz
Begoña Benito Bernardo Blanca Borja Bruno Camila Candela Carla Carlos Carlota Carmen Carolina Catalina
Cayetana César Cristian Cristina Daniela Dayana Diego Dolores Eduardo Elena Eloy Elvira Emilio Encarnación
Enrique Ernesto Esteban Eugenia Eva Federico Felipe Fernanda Fernando Francisca Francisco Gabriela
Gerardo Gonzalo Gregorio Guadalupe Guillermo Gustavo Héctor Hernán Horacio Hugo Ignacio Inés Inmaculada
Irene Isabel Ismael Iván Jacinto Jaime Javier Jesús Jimena Joaquín Jorge José Josefa Josefina Juan
Juana Julia Julián Julio Laura Leandro Leonardo Leticia Lorena Lucas Lucía Luis Luisa Macarena Manuel
Manuela Marcela Marcelo Marcos Margarita María Mariana Mario Marisol Marta Martín Martina Mateo Mauricio
Maximiliano Mercedes Miguel Milagros Mónica Montserrat Natalia Nerea Nicolás Noelia Nuria Óscar Pablo
Paola Patricia Paula Pedro Pilar Rafael Ramiro Ramón Raquel Raúl Ricardo Roberto Rocío Rodrigo Rosario
Rubén Salvador Samuel Santiago Sara Sebastián Sergio Silvia Sofía Susana Teresa Tomás Valentina Valeria
Verónica Vicente Víctor Virginia Ximena Yolanda Zoe Agustina Alonso Amparo Anabel Araceli Benjamín
Brenda Celia Clara Claudia Consuelo Cristóbal Dámaso Delfina Eliana Emiliano Esperanza Fabián Fabiola
Facundo Florencia Gael Gisela Iker Iratxe Itziar Jazmín Lautaro Leire Lola Lorenzo Maite Matías
Maximino Nahuel Paloma Patricio Pepe Pilar Regina Renata Ricardo Rigoberto Rolando Santino Sebastián
Soledad Thiago Valentín Yesenia Abril Alba Ainhoa Alma Antonella Axel Bautista Benicio Dante Dylan
Emilia Estefanía Eugenio Fermín Gastón Gerónimo Ignacia Joaquina Josué Juliana Lisandro Lucila Luciana
Luciano Mayra Micaela Milena Moisés Nayeli Octavio Osvaldo Pascual Priscila Ramona Reinaldo Rosa
Rosalía Sancho Sonia Tatiana Teodoro Ulises Vanesa Wilson Yadira Yamila Juan-Carlos José-Luis
Francisco-Javier María-José Juan-Pablo Ana-María Joselyn Brayan Jhon Yeison Leidy Anderson Wilmer
Deisy Yuliana Jairo Hernando Fredy Omaira Gladys Marlene Nelly Ruth Walter Edwin Nelson Alexis
`);
