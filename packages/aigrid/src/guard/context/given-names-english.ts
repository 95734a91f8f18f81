import { wordList } from './word-list.js';

/** Common given names in the United Kingdom, Ireland, the United States, Canada and Australia. */
export const ENGLISH_GIVEN_NAMES = wordList(`
Aaron Abigail Adam Adrian Aidan Alan Albert Alexander Alexandra Alexis Alfie Alfred Alice Alicia Alison
Allison Amanda Amelia Amy Andrea Andrew Angela Angus Anita Ann Anna Anne Annabel Annette Anthony Antonia
Archie Arthur Ashley Audrey Austin Ava Barbara Barry Beatrice Becky Benjamin Bernard Beth Bethany Betty
Beverly Billy Bobby Bonnie Bradley Brandon Brenda Brendan Brett Brian Bridget Brittany Bruce Bryan
Caitlin Callum Calvin Cameron Carl Carla Carlos Carol Caroline Carolyn Casey Catherine Cecilia Charles
Charlie Charlotte Chelsea Cheryl Chloe Chris Christina Christine Christopher Cindy Claire Clara Colin
Connor Conor Craig Cynthia Daniel Danielle Darren David Deborah Debra Declan Denise Dennis Derek Diana
Diane Donald Donna Dorothy Douglas Dylan Edith Edmund Edward Eileen Elaine Eleanor Elijah Elizabeth Ella
Ellen Ellie Emily Emma Eric Erica Erin Ethan Eugene Evelyn Fiona Frances Francis Freddie Frederick Freya
Gabriel Gareth Gary Gavin Gemma Geoffrey George Gerald Gillian Gloria Gordon Graham Gregory Hannah Harold
Harriet Harry Heather Helen Henry Hilary Hugh Ian Imogen Isaac Isabel Isabella Isabelle Isla Jacob
Jacqueline Jake James Jamie Jane Janet Janice Jason Jean Jeffrey Jennifer Jeremy Jessica Jill Joan Joanna
Joanne Jodie Joe Joel John Johnny Jonathan Joseph Joshua Joyce Judith Judy Julia Julie Justin Karen
Katherine Kathleen Kathryn Katie Keith Kelly Kenneth Kerry Kevin Kieran Kimberly Kirsty Kyle Laura Lauren
Lawrence Leah Leonard Leslie Lewis Liam Linda Lindsay Lisa Logan Louise Lucas Lucy Luke Lydia Lynn
Madeleine Madeline Maisie Malcolm Margaret Maria Marie Marilyn Martha Martin Mary Matilda Matthew Maureen
Megan Melanie Melissa Michael Michelle Mildred Mohammed Molly Monica Nancy Naomi Natalie Nathan Neil
Nicholas Nicola Nicole Niall Noah Oliver Olivia Oscar Owen Pamela Patricia Patrick Paul Paula Pauline
Peter Philip Phoebe Phyllis Rachel Ralph Rebecca Regina Richard Robert Roger Ronald Rosemary Ross Roy
Russell Ruth Ryan Samantha Samuel Sandra Sarah Scarlett Sean Sebastian Sharon Shaun Sheila Shirley
Simon Sophia Sophie Stacey Stanley Stephanie Stephen Steven Stuart Susan Suzanne Tamara Teresa Terence
Theodore Theresa Thomas Timothy Toby Tracey Tracy Trevor Tyler Valerie Vanessa Vincent Virginia Walter
Wayne William Zachary Zoe Abby Adele Aiden Alana Alastair Ali Alistair Amber Andy Angus Annie Ashton
Bailey Ben Bertie Beth Blake Bob Brooke Caleb Carter Cassandra Chad Chantelle Chester Clive Cody Colleen
Courtney Curtis Dale Dan Danny Darcy Dave Dawn Dean Debbie Dominic Duncan Dwight Eddie Elliot Elliott
Eloise Elsie Esme Esther Evan Felicity Florence Frank Gail Gerry Gina Glen Glenn Gwen Hailey Harvey
Hayley Holly Howard Hugo Hunter Irene Ivy Jack Jackson Jade Jasmine Jay Jeff Jenny Jerry Jim Jimmy Jo
Jordan Josephine Josie Kate Katy Kayla Kelsey Ken Kim Kirk Kristen Lacey Lance Larry Layla Lee Leo
Leon Lily Lola Lorraine Lottie Louis Luna Lynne Mabel Mackenzie Madison Mandy Marcus Marjorie Mark
Marshall Mason Matt Maxine Melvin Mia Mike Miles Milo Miranda Mitchell Morgan Murray Nadia Nathaniel
Ned Nick Nigel Nina Noel Norman Olive Ollie Paige Penelope Penny Percy Pippa Quentin Reece Reggie
Rhys Riley Rita Robin Rory Rosie Ruby Rupert Sally Sam Sara Seth Shane Shannon Sienna Sidney Spencer
Stella Steve Sue Summer Sylvia Tanya Ted Terry Tess Theo Tim Tina Todd Tom Tommy Tony Travis Troy
Vera Vicky Victor Victoria Wendy Wesley Will Willow Wyatt Yvonne Zara Zachariah Aoife Ciara Cormac
Dermot Eamon Eoin Fergus Fionn Grainne Oisin Orla Padraig Roisin Saoirse Seamus Siobhan Sinead Tadhg
Brody Cheyenne Dakota Destiny Jaden Jayden Kaylee Kendall Kennedy Kylie Landon Lincoln Makayla
Marley Nevaeh Peyton Raelynn Savannah Skylar Sydney Trinity Zion Brooklyn Aubrey Addison Avery
`);
