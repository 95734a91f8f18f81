import { wordList } from './word-list.js';

/*
 * Capitalised English words that are not parts of a person's name: sentence-start function
 * words, calendar words, places and organisations, products and technical terms, job titles.
 * A name run stops at one of these ("Victoria Station", "Claude Code", "Maria Street").
 */

/** Function words, calendar words and nationalities. */
export const ENGLISH_FUNCTION_WORDS = wordList(`
A An The This That These Those And Or But Nor If When Then Than In On At For From With Without To By Of
Off Out Up Down Over Under Into Onto Upon About Above Across After Against Along Among Around Before
Behind Below Beneath Beside Between Beyond During Except Inside Near Since Through Throughout Toward
Towards Until Via Within As Is Are Was Were Be Been Being Am It Its He She They We You I Me My Mine Our
Ours Your Yours Their Theirs His Her Hers Him Them Us What Which Who Whom Whose How Why Where Whether
While Can Could Should Would Will Shall May Might Must Do Does Did Done Has Have Had Not No Yes Please
Thanks Thank Hi Hello Hey Dear Each Every Any All Some Many Much More Most Few Less Least Other Another
Such Both Either Neither One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next
New Old Here There Now Today Tomorrow Yesterday Also Only Just Even Still Yet Again Very Too So Well
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
January February March April May June July August September October November December Jan Feb Mar
Apr Jun Jul Aug Sep Sept Oct Nov Dec Spring Summer Autumn Fall Winter Christmas Easter Halloween
English French German Spanish Dutch Italian Portuguese American British European Chinese Japanese
Korean Indian Arabic Turkish Polish Russian Greek Swiss Austrian Belgian Irish Scottish Welsh Canadian
Australian Mexican Brazilian Latin African Asian Western Eastern Northern Southern North South East
West Central Upper Lower Great Greater Little Big Grand Royal National International Global Local
Federal State City County Public Private General Special Senior Junior Chief Head Deputy Vice Acting
Mr Mrs Ms Dr Prof Sir Madam Miss Lord Lady Saint St Mount Mt Fort Port Lake Cape Bay
Hiring Valued Colleagues Colleague Friends Friend Sirs Madams Everyone Everybody Parents Students Members
Subscribers Reader Readers Participants Applicant Candidate Recipient Diary Mom Mum Dad Grandma Grandpa
Mother Father Sister Brother Son Daughter Uncle Aunt Baby Darling Sweetheart Guys Folks Community
Followers Fans Professor Doctor Sirs Ladies Gentlemen Sender Recipients Customers Clients Partners
`);

/** Places, organisations, products, technical terms and job titles. */
export const ENGLISH_COMMON_NOUNS = wordList(`
Street Road Avenue Lane Drive Boulevard Way Court Place Square Terrace Crescent Close Parkway Highway
Line Station Airport Terminal Bridge River Lake Mountain Mountains Hill Hills Valley Falls Island
Islands Beach Coast Park Garden Gardens Forest Desert Sea Ocean Gulf Harbour Harbor Hall House Tower
Towers Building Center Centre Church Cathedral Chapel Abbey Castle Palace Temple Mosque School College
University Academy Institute Hospital Clinic Museum Gallery Library Theatre Theater Cinema Stadium
Arena Hotel Inn Restaurant Cafe Bar Pub Club Market Mall Store Shop Office Headquarters Campus Studio
Studios Team Group Company Corporation Corp Inc Ltd Limited LLC LLP PLC GmbH AG SA SAS SARL BV NV SpA
Srl Lda Foundation Association Society Council Committee Board Department Ministry Agency Authority
Bureau Commission Union Federation League Party Army Navy Force Police Service Services Bank Capital
Partners Associates Holdings Ventures Labs Lab Systems Solutions Technologies Technology Software
Hardware Media Press News Times Post Journal Magazine Review Gazette Herald Tribune Daily Weekly
Award Awards Prize Cup Trophy Festival Championship Open Games Olympics Day Days Week Month Year
Code Desktop Cloud Pro Plus Max Mini Lite Ultra Nano Turbo Flash Instant Air Edge Home Business
Enterprise Premium Basic Standard Free Edition Version Release Update Upgrade Patch Build App Apps
Api Sdk Cli Server Client Platform Framework Package Plugin Extension Module Library Project Program
Programming Language Lang Compiler Interpreter Runtime Editor Engine Model Models Sonnet Opus Haiku
Assistant Agent Bot Chat Search Maps Drive Docs Sheets Slides Mail Calendar Photos Music Video Store
Notes Guide Manual Docs Documentation Tutorial Course Lesson Quiz Test Tests Testing Beta Alpha
Preview Series Season Episode Chapter Part Section Page Book Books Film Movie Show Song Album Band
Collection Report Summary Overview Introduction Index Table Figure Chart Map Plan Strategy Policy
Act Law Rule Rules Treaty Agreement Declaration Constitution Syndrome Disease Effect Theorem
Principle Equation Formula Method Medal Scholarship Fellowship Fund Trust Account Manager Director
Engineer Developer Designer Analyst Consultant Architect Officer Executive President Chairman
Secretary Assistant Associate Specialist Coordinator Administrator Lead Staff Principal Intern
Customer Support Sales Marketing Finance Legal Operations Product Research Security Data Quality
Management Development Engineering Design Accounting Human Resources Admin Error Warning Info Debug
Note Tip Example Question Answer Problem Solution Step Steps Task Tasks Issue Bug Feature Request
Response Input Output Result Results Value Name Type Status Total Price Cost Date Time Number Id
Prompt Context System User Users Role Message Content Text File Files Folder Directory Path Key
Token Secret Password Email Phone Address Network Internet Web Site Website Online Digital Smart
Life Love World Earth Sun Moon Star Stars Light Dark Night Morning Evening Best Good Happy Merry
Birthday Anniversary Wedding Party Dinner Lunch Breakfast Meeting Conference Summit Event Trip Tour
Kingdom Empire Republic Revolution War Battle Age Era Dynasty Period Century Church Bible Gospel
Christ God Lord Jesus Holy Saint Virgin Pope Queen King Prince Princess Duke Emperor Captain General
Kitchen Bakery Pizza Coffee Tea Wine Beer Chocolate Cream Cake Bread Salad Soup Sauce Burger
Dog Cat Horse Bird Fish Lion Tiger Bear Eagle Wolf Fox Rose Lily Tulip Oak Pine Apple Orange Lemon
`);
