/**
 * Word lists for the name detector. They are deliberately plain data: common first names and
 * surnames in Sweden (Swedish, Nordic and the larger immigrant groups), plus the capitalised words
 * that must never be read as a name (places, organisations, shops).
 */

const FEMALE_FIRST_NAMES = `
Agnes Agneta Agnieszka Aisha Alice Alma Alva Amanda Amina Amira Angelica Anja Ann Anna Anne Annelie
Anneli Anette Annika Astrid Ayan Åsa Barbro Berit Birgit Birgitta Britt Camilla Carina Caroline
Cecilia Charlotte Christina Dagny Ebba Edith Eleonora Elif Elin Elisabeth Elise Ella Ellen Elsa
Elvira Emelie Emilia Emma Ester Eva Evelina Ewa Fadumo Fatima Felicia Filippa Freja Frida Greta
Gudrun Gun Gunilla Gunnel Hanna Hedvig Helen Helena Hiba Hillevi Hodan Ida Ines Inger Ingegerd
Ingela Ingrid Irma Isabelle Jasmine Jelena Jennifer Jenny Jessica Joanna Johanna Josefin Julia
Kajsa Karin Karolina Katarina Katarzyna Kerstin Klara Kristin Kristina Layla Leila Lena Lilian
Lina Linda Linn Linnea Linnéa Lisa Liv Lotta Louise Lova Lovisa Madeleine Maja Malin Malva
Margareta Margit Maria Marianne Marie Maryam Matilda Meja Mia Michaela Mikaela Minna Mira Moa
Mona Monica Märta Natalia Nellie Nina Nora Nour Olga Olivia Paulina Petra Pia Rana Rebecca
Rebecka Ronja Rut Sabina Saga Sandra Sanna Sara Selma Signe Sigrid Siv Sofia Sofie Solveig
Sonja Stella Stina Susanne Therese Thea Tilda Tove Tuva Tyra Ulla Ulrika Vera Veronica Victoria
Viola Wilma Ylva Yasmin Yvonne Zahra Zeynep Mirela Malak Sahra Hawa Aida Dalia Noor Jana Sana
`;

const MALE_FIRST_NAMES = `
Abdi Abdullahi Adam Adrian Ahmad Ahmed Ahmet Albin Alexander Alex Alf Alfred Ali Amir Anas Anders
Andreas Andrzej Anton Arne Arvid Axel Ayoub Benjamin Bengt Bertil Bilal Björn Bo Carl Charlie
Christer Christian Christoffer Claes Dag Daniel David Dennis Dragan Ebbe Edvin Einar Elias Elis
Elliot Emil Emre Erik Evert Felix Filip Folke Frans Fredrik Gabriel Goran Gunnar Gustaf Gustav
Göran Gösta Hamid Hampus Hamza Harald Harry Hassan Helge Henrik Hjalmar Holger Hugo Hussein
Håkan Ibrahim Ingvar Isak Ismail Ivar Jakob Jacob Jamal Jan Janne Jens Jesper Jimmy Joakim Joel
Johan Johnny Jonas Jonatan Jonathan Josef Julius Jörgen Kalle Kamal Karim Karl Kent Kevin Khalid
Kjell Klas Krzysztof Kristian Kristoffer Kurt Lars Leif Lennart Leo Leon Liam Linus Loke Love
Lucas Ludvig Magnus Mahmoud Malte Marcus Marko Markus Martin Mats Mattias Max Mehmet Melvin
Micke Mikael Milan Mohamad Mohamed Mohammad Mohammed Muhammad Murat Musa Mustafa Niklas Nikola
Nils Noah Olle Olof Oliver Omar Osman Oscar Oskar Otto Ove Patrik Pawel Pelle Per Peter Piotr
Pontus Rasmus Reza Richard Rickard Robert Robin Roger Rolf Rune Said Sam Samir Samuel Sebastian
Simon Sixten Stefan Sten Stig Sture Sune Sven Tage Tariq Theo Thomas Tobias Tomasz Tommy Tony
Tor Torsten Ture Ulf Ulrik Uno Valter Viggo Viktor Victor Vincent Walter Wilhelm William Yasin
Yusuf Zakaria Åke Kim Jonny Hannes Abdullah Yousef Youssef Idris Artur Igor Hans Lasse Roland Ronny Conny Glenn
`;

const SURNAMES = `
Abrahamsson Abdi Abdullahi Ahmadi Ahmed Ali Andersson Andreasson Arslan Arvidsson Axelsson Aydin
Backman Bengtsson Berg Bergh Berggren Berglund Bergman Bergqvist Bergkvist Bergström Björk
Björklund Björkman Blom Blomberg Blomqvist Borg Boström Byström Carlsson Celik Claesson Dahl
Dahlberg Dahlgren Danielsson Demir Doğan Ek Ekberg Eklund Ekman Ekström Eliasson Engberg Engström
Ericsson Eriksson Falk Farah Forsberg Forsman Fransson Fredriksson Grahn Gunnarsson Gustafsson
Hallberg Hansen Hansson Hassan Hedberg Hedlund Hedman Hellström Henriksson Hermansson Holm
Holmberg Holmgren Holmqvist Holmström Hosseini Hussain Hussein Hägglund Håkansson Högberg
Ibrahim Isaksson Jacobsson Jakobsson Jansson Jensen Johansson Jonasson Jonsson Jovanović Jönsson
Jafari Karimi Karlsson Kaya Khan Korhonen Kowalski Larsson Lind Lindahl Lindberg Lindblom Lindell
Lindén Lindgren Lindh Lindholm Lindkvist Lindqvist Lindroth Lindström Ljung Lund Lundberg
Lundgren Lundin Lundmark Lundqvist Lundström Löfgren Magnusson Malik Martinsson Mattsson
Mohamed Mohammadi Mohammed Månsson Mårtensson Nguyen Nielsen Nieminen Nilsson Norberg Nord
Nordin Nordqvist Nordström Nowak Nyberg Nyman Nyström Näslund Olofsson Olsson Omar Osman
Ottosson Öberg Öhman Öztürk Persson Petersson Peterson Petrović Pettersson Pålsson Rahimi Rashid
Roos Said Samuelsson Sandberg Sandell Sandström Sjöberg Sjögren Sjölund Sjöström Strand
Stenberg Ström Strömberg Sundberg Sundqvist Sundström Svensson Söderberg Söderström Tran
Viklund Virtanen Wahlström Wallin Warsame Westberg Westerberg Wiklund Wikström Yilmaz Yusuf
Åberg Åkerman Åkesson Åström Şahin Ohlin Lindkvist Sjödin Öst Brandt Forsgren Granberg
Hjalmarsson Ivarsson Josefsson Kristiansson Lilja Lundell Mattsson Nordlund Rydberg Wennberg
`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

export const FIRST_NAMES: ReadonlySet<string> = new Set([
  ...words(FEMALE_FIRST_NAMES),
  ...words(MALE_FIRST_NAMES),
]);

export const SURNAMES_SET: ReadonlySet<string> = new Set(words(SURNAMES));

/**
 * First names that are also ordinary Swedish words and so appear capitalised at the start of a
 * sentence without being names: "Per timme", "Hans jacka", "Bo kvar", "Stig in", "Axel och nacke".
 * At the start of a sentence they only count when a surname follows.
 */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(
  words(`
Per Hans Bo Max Siv Rut Tor Dag Sten Björn Liv Love Lova Klara Gun Tage Saga Ebbe Viola Malva Said
Kent Uno Axel Ester Rune Alf Frans Stig Mats Mira Sam Kim Jan Ines Ann Folke Moa Ella
`),
);

/** First names never flagged on their own, even mid-sentence: "vi åt på Max". */
export const NEVER_ALONE: ReadonlySet<string> = new Set(
  words('Max Said Kent Love Lova Ester Saga Viola Malva'),
);

/** Ordinary words that look like the genitive of a first name: "Klass" (Klas), "Dags" (Dag), "Livs". */
export const NOT_GENITIVES: ReadonlySet<string> = new Set(words('Klass Dags Livs Bos Tors Stens Ann Anns'));

/** Words before a surname that make it a person: "herr Andersson", "familjen Yilmaz". */
export const TITLES: ReadonlySet<string> = new Set(
  words(`
herr fru fröken dr dr. doktor professor kommissarie inspektör rektor pastor familjen syster
`),
);

/** Titles after which any capitalised word is taken as a surname: "fru Ohlin". */
export const STRONG_TITLES: ReadonlySet<string> = new Set(words('herr fru fröken familjen'));

/** Capitalised words that are places, organisations and shops, never a person's surname. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  words(`
Stockholm Göteborg Malmö Uppsala Västerås Örebro Linköping Helsingborg Jönköping Norrköping Lund
Umeå Gävle Borås Södertälje Eskilstuna Halmstad Växjö Karlstad Sundsvall Östersund Trollhättan
Luleå Lidingö Borlänge Falun Kalmar Skövde Kristianstad Karlskrona Skellefteå Uddevalla Varberg
Nyköping Motala Visby Kiruna Solna Sundbyberg Huddinge Nacka Täby Sollentuna Järfälla Botkyrka
Haninge Tyresö Kungsbacka Mölndal Partille Kungälv Alingsås Lerum Hisingen Angered Frölunda
Rinkeby Tensta Kista Farsta Skärholmen Vällingby Hässelby Södermalm Kungsholmen Östermalm
Vasastan Norrmalm Slussen Centralen Sverige Norge Danmark Finland Skåne Halland Dalarna Norrland
Gotland Öland Småland Värmland Europa Polisen Polis Skatteverket Försäkringskassan
Arbetsförmedlingen Kronofogden Systembolaget Coop Hemköp Willys Lidl Åhléns Apoteket Postnord
Region Kommun Kommunen Stadsdelen Skolverket Migrationsverket Tullverket Trafikverket Vaksam
Centrum Galleria Gallerian Station Stationen Resecentrum Hamnen Torget Kyrkan Skolan Gymnasiet
Sjukhuset Vårdcentralen Biblioteket Stadshuset Rådhuset Domstolen Tingsrätten Ohlson Tricot
Jones Hamburgare Arena Stadion Flygplats Flygplatsen Airport Landvetter Arlanda
Bromma Kastrup Västtrafik Skånetrafiken Pendeltåg Tunnelbana Tunnelbanan Måndag Tisdag Onsdag
Torsdag Fredag Lördag Söndag Januari Februari Mars April Maj Juni Juli Augusti September
Oktober November December Jul Påsk Midsommar Svenska Engelska Arabiska Somaliska
`),
);

/** Endings of street, square and institution names: "Drottninggatan", "Kungsgatan", "Rinkebyskolan". */
export const PLACE_SUFFIXES: readonly string[] = words(`
gatan gata vägen väg torget torg gränd gränden gången stigen backen platsen plan parken
allén leden kajen esplanaden skolan gymnasiet kyrkan sjukhuset huset hallen centrum gallerian
stan byn holmen viken sundet strand stranden hamnen parkeringen terminalen stationen
`);

/** Lowercase nouns after a genitive that make "Gustav Adolfs torg" a place, not a person. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  words(`
torg gata väg plats park skola kyrka gränd backe allé gymnasium sjukhus stiftelse gård gårdar
bro hamn kaj park väg vägen torget skolan kyrkan gatan gymnasiet
`),
);

/** Particles inside a full name: "Anna von Sydow", "Karim el Haddad". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(words('von af de van der da al el bin ibn'));
