import type { FindingKind } from './scanner';

/**
 * Labelled sentences for measuring the personal-data scanner. Written for this purpose: they imitate
 * incident reports from shops, schools, offices and housing, and many contain numbers that must NOT
 * be flagged (amounts, times, dates, postal codes, organisationsnummer, bankgiro, K-nummer, article
 * and order numbers, phone-like but invalid numbers, personnummer with a wrong check digit).
 *
 * Markup, resolved by `buildTestSet`:
 *   {n:Anna Svensson}     a name
 *   {p:19630822-318}      a personnummer; the Luhn check digit is computed and appended
 *   {s:630882-318}        a samordningsnummer (day + 60); check digit appended
 *   {t:070-123 45 67}     a phone number
 *   {e:anna@example.se}   an e-mail address
 *   {xp:630822-318}       a personnummer with a deliberately WRONG check digit (not personal data)
 *   {o:556036-079}        an organisationsnummer; its correct check digit is appended (not personal data)
 *
 * All identity numbers are synthetic: dates in the 1900s with made-up serials, only made
 * checksum-valid. Names, numbers and addresses are invented.
 */

export interface Label {
  kind: FindingKind;
  text: string;
}

export interface LabelledSentence {
  text: string;
  labels: Label[];
}

/** Luhn check digit over the last nine digits (YYMMDDNNN), as for personnummer and organisationsnummer. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (product > 9) product -= 9;
    sum += product;
  }
  return (10 - (sum % 10)) % 10;
}

/** Appends the correct (or, with `broken`, a wrong) check digit to a number written without it. */
export function withCheckDigit(withoutCheck: string, broken = false): string {
  const digits = withoutCheck.replace(/\D/g, '').slice(-9);
  const check = luhnCheckDigit(digits);
  return withoutCheck + String(broken ? (check + 3) % 10 : check);
}

const MARKUP = /\{(n|p|s|t|e|xp|o):([^}]+)\}/g;

export function buildSentence(source: string): LabelledSentence {
  const labels: Label[] = [];
  const text = source.replace(MARKUP, (_, tag: string, body: string) => {
    switch (tag) {
      case 'n':
        labels.push({ kind: 'name', text: body });
        return body;
      case 'p': {
        const value = withCheckDigit(body);
        labels.push({ kind: 'personnummer', text: value });
        return value;
      }
      case 's': {
        const value = withCheckDigit(body);
        labels.push({ kind: 'samordningsnummer', text: value });
        return value;
      }
      case 't':
        labels.push({ kind: 'phone', text: body });
        return body;
      case 'e':
        labels.push({ kind: 'email', text: body });
        return body;
      case 'xp':
        return withCheckDigit(body, true);
      default:
        return withCheckDigit(body);
    }
  });
  return { text, labels };
}

const SOURCES: string[] = [
  // --- shops: theft, threats, fraud
  'En man i 30-årsåldern stal två jackor och sprang mot Drottninggatan.',
  'Kunden {n:Anna Svensson}, {p:19850412-345}, ringde från {t:070-123 45 67}.',
  'Butikskontrollant {n:Erik Johansson} grep en kvinna vid kassa 3 kl. 14.30.',
  'Varorna hade ett sammanlagt värde av 12 500 kr enligt kvittot.',
  'Gärningspersonen tog fyra parfymer à 899 kr och lämnade butiken via entrén mot Kungsgatan.',
  'Polisanmälan gjordes, diarienummer K123456-24, och handläggare återkommer.',
  'Ärendet har nummer 5000-K123456-24 hos polisen i region Väst.',
  'Vittnet {n:Maria Karlsson} kan nås på {t:0701234567} eller {e:maria.karlsson@example.se}.',
  'Mannen uppgav personnummer {p:721103-482} men legitimation saknades.',
  'Hon visade ett LMA-kort och uppgav samordningsnummer {s:910375-226}.',
  'Betalning skedde till bankgiro 5050-1055 som visade sig vara falskt.',
  'Leverantören har organisationsnummer {o:556036-079} och faktura nr 204431.',
  'Två ungdomar i 15-årsåldern snattade godis för ca 300 kr.',
  'Larmet gick 02:14 och väktare var på plats 02:31.',
  'Händelsen inträffade 2024-05-01 vid lastkajen.',
  'Ring butikschefen {n:Lars Nilsson} på {t:08-123 456 78} om något är oklart.',
  'Kassören {n:Fatima Ali} blev hotad med kniv av en okänd man.',
  'Mannen var ca 180 cm lång, klädd i svart dunjacka och grå mössa.',
  'Svinnet för vecka 18 uppgick till 43 200 kronor.',
  'Kunden betalade med kort som slutar på 4321 och köpet nekades.',
  'Inbrottet upptäcktes av {n:Johan Pettersson} när han öppnade kl 06.45.',
  'Skadegörelse på skyltfönstret, reparationen beräknas kosta 18 750 kr.',
  'Bedragaren ringde från {t:+46 76 555 12 34} och utgav sig för att vara från banken.',
  'Samtalet kom från ett dolt nummer, enligt {n:Karin Lindqvist} i kassan.',
  'Artikelnummer 7310865004703 saknades i lagret efter inventeringen.',
  'Order 1234567890 levererades aldrig och kunden kräver återbetalning.',
  'Kvitto nr 0045123 visar att köpet gjordes kl 17.52.',
  'Butiken ligger på Storgatan 12, 411 36 Göteborg.',
  'Hon uppgav att hon bor på Ringvägen 45, 118 63 Stockholm.',
  'Kontakta {n:Peter Gustafsson} via {e:peter.gustafsson@vaktbolaget.se}.',
  'Kunden lämnade sitt mejl, {e:kalle_92@hotmail.com}, för återkoppling.',
  'Den misstänkte heter enligt polisen {n:Mikael Olsson} och är 34 år.',
  'Ett falskt presentkort på 5 000 kr användes i kassan.',
  'Swishbetalningen gick till 123 456 78 90 som inte tillhör oss.',
  'Han hade med sig en kasse från Åhléns och gick mot Centralen.',
  'Enligt {n:Sara} i kassan var det samma man som förra veckan.',
  'Chefen {n:Per Andersson} beslutade att stänga butiken i 20 minuter.',
  'Per timme kostar en extra väktare 450 kr.',
  'Hans jacka var blå och han hade en ryggsäck.',
  'Mannens personnummer är {p:19640229-117} enligt hans körkort.',
  'Kvinnan uppgav {p:19701224-338} men namnet stämde inte.',
  'Fakturan på 8 975 kr ska betalas till plusgiro 12 34 56-7.',
  'Ny kod till personalingången: 4471.',
  'Kameran i gång 7 filmade händelsen mellan 15.10 och 15.25.',
  'Kunden ville bli kontaktad på {t:073-987 65 43} efter kl 16.',
  'Bilen hade registreringsnummer ABC 123 och stod vid utfarten.',
  'Rån mot växelkassan, 3 personer, en beväpnad med kniv.',
  'Vi öppnar 0800-1700 på vardagar och 1000-1600 på lördagar.',
  'Polisen kom efter 25 minuter och tog upp anmälan.',
  '{n:Ahmed Hassan} jobbade kvällspasset och larmade polisen.',

  // --- schools
  'Eleven {n:Elsa Bergström} i klass 7B blev slagen på skolgården.',
  'Mentorn {n:Ingrid Holm} kontaktade vårdnadshavare på {t:0733-12 34 56}.',
  'Två elever bråkade vid matsalen under lunchen, ingen skadades.',
  'Händelsen skedde i sal B204 under lektionen kl 10.15.',
  'Elevens personnummer {p:090815-672} ska inte skrivas i rapporten.',
  'Vårdnadshavare {n:Ali Mohamed} nås på {t:+46 72 345 67 89}.',
  'Rektor {n:Kerstin Lundgren} har informerats och kallar till möte.',
  'Skadan på toaletterna beräknas kosta 35 000 kr att åtgärda.',
  'En elev i årskurs 9 filmade en lärare och spred filmen.',
  'Klass 4A hade utflykt till Skansen den 12 maj.',
  'Anmälan till Skolinspektionen har dnr 2024:4511.',
  'Läraren {n:Jonas Berg} tog hand om den skadade eleven.',
  'Skolans telefonväxel är {t:031-366 00 00} och är öppen till 16.',
  'Kuratorn {n:Lena Sjöberg} har pratat med båda eleverna.',
  '{n:Omar} i klass 8C uppgav att han blivit hotad på bussen.',
  'Bussen, linje 16, avgick 15.42 från hållplatsen.',
  'Skolan har 420 elever och 38 lärare.',
  'Föräldern skrev från {e:fam.yilmaz@gmail.com} och krävde svar.',
  'Ett brandlarm utlöstes 13.05 i B-huset, ingen brand.',
  'Eleven med samordningsnummer {s:080563-144} saknade busskort.',
  'Mötet med {n:Hanna} och hennes mamma hölls i konferensrummet.',
  'Skolsköterskan kontrollerade eleven, ingen synlig skada.',
  'Vaktmästaren {n:Göran Lindström} upptäckte klotter på gaveln.',
  'Klottret täcker cirka 12 kvadratmeter och saneras vecka 21.',
  'Eleven {n:Wilma} hade glömt sin telefon i omklädningsrummet.',
  'Kontakta skolan på {e:expedition@nyskolan.goteborg.se} vid frågor.',
  'Läsåret 2023/2024 rapporterades 14 liknande händelser.',
  'Rektorn vill att {n:Mohammed} och {n:Elias} hålls isär under rasterna.',
  'Skolans organisationsnummer är {o:212000-014} enligt fakturan.',
  'Pappan {n:Anders Eriksson} ringde från {t:0046 70 987 65 43} från semestern.',

  // --- offices, housing, healthcare
  'En okänd person försökte ta sig in genom lastintaget kl 22.40.',
  'Receptionisten {n:Emma Larsson} släppte inte in besökaren.',
  'Besökaren uppgav sig heta {n:Thomas Wikström} och skulle träffa IT-avdelningen.',
  'Passerkort nummer 00451 spärrades omedelbart.',
  'Phishingmejlet kom från {e:it-support@micros0ft-login.com} och bad om lösenord.',
  'Medarbetaren {n:Camilla Nyström} klickade på länken men angav inget lösenord.',
  'IT-avdelningen nås på {t:010-123 45 67} dygnet runt.',
  'Serverrummet på plan 3 var olåst mellan 18.00 och 07.30.',
  'Inbrott i förrådet, stulna verktyg värda 22 000 kr.',
  'Hyresgästen {n:Gunilla Persson} i lägenhet 1102 hörde glas krossas.',
  'Fastighetsskötaren kan nås på {t:08-555 123 45}.',
  'Lägenhet 1203 på Bergsgatan 7 hade vattenskada sedan 3 dagar.',
  'Porten på Vasagatan 16 har ny kod 7731.',
  'Hyresvärden {n:Stefan Hansson} kräver att skadan ersätts.',
  'En patient blev aggressiv mot sjuksköterskan {n:Malin Jakobsson}.',
  'Patientens personnummer {p:19520317-662} finns i journalen, inte här.',
  'Vårdcentralen har telefontid 08.00–09.00 och nås på 1177.',
  'Den anhörige {n:Mustafa Yilmaz} ville ha kopia på rapporten.',
  'Händelsen rapporterades till IVO med referensnummer 3.5.1-22451/2024.',
  'Ambulans larmades 11.52 och var på plats 12.04.',
  'Fakturan från Securitas AB, org.nr {o:556436-113}, avser larmutryckningar.',
  'Utryckningen kostade 1 450 kr exklusive moms.',
  'Kontoret ligger på Kungsholmsgatan 21, 112 27 Stockholm.',
  'Hon skickade skärmdumpar till {e:Lena.Sjoberg@firma.se}.',
  'Larmkod 9921 ska bytas efter incidenten.',
  '{n:Karl-Erik Svensson} på ekonomi fick ett falskt VD-mejl.',
  'VD-bedrägeriet gällde en överföring på 245 000 kr till ett utländskt konto.',
  'Kontonummer 8327-9, 123 456 789-0 angavs i det falska mejlet.',
  'Mejlet var skrivet som om det kom från {n:Magnus Lindberg}, vår VD.',
  'Kollegan {n:Jessica} varnade i tid och ingen betalning gick iväg.',

  // --- group posts, fraud reports, neighbourhood watch
  'Varning! Någon ringer från {t:+44 20 7946 0958} och påstår sig vara från Microsoft.',
  'Bluffsamtal från {t:+1 212 555 0147} om ett vunnet presentkort.',
  'Grannen {n:Birgitta Holmgren} blev lurad på 40 000 kr av en falsk polis.',
  'Den falska polisen kallade sig kommissarie {n:Berg} och ringde från {t:0771-14 14 00}.',
  'Bedragaren bad henne läsa upp koden från BankID.',
  'Sms:et kom från {t:+46 73 512 34 56} med en länk till en falsk Postnord-sida.',
  'Ingen i föreningen har fått något liknande sms sedan i mars.',
  'En vit skåpbil med okända män har synts på Lindvägen kl 03 flera nätter.',
  'Ring 112 vid pågående brott och 114 14 för övriga ärenden.',
  'Grannsamverkan har möte den 14 mars kl 19.00 i föreningslokalen.',
  'Kontaktperson för grannsamverkan är {n:Ulla Bengtsson}, {t:070-444 55 66}.',
  'Den misstänkte sade att han hette {n:Daniel} och sålde dammsugare.',
  'Hon betalade 2 500 kr via Swish till nummer 123 567 89 12.',
  'Länken hänvisade till en sida som liknar Skatteverket.',
  'Samma nummer, {t:0760-12 34 56}, har använts i flera bedrägerier.',
  'Mejl från {e:noreply@skatteverket-aterbetalning.net} är bluff.',
  'Bedragaren uppgav att hans personnummer var {xp:19750612-441}, vilket inte går ihop.',
  'Personnumret {xp:830915-278} i mejlet har fel kontrollsiffra.',
  'Det angivna numret {xp:19910101-123} är ogiltigt enligt Skatteverket.',
  'Paketet skulle hämtas med kod 582 911 på utlämningsstället.',
  'Vi ersätter skadan med högst 10 000 kr per tillfälle.',
  'Familjen {n:Yilmaz} på tredje våningen har fått sin cykel stulen.',
  'Herr {n:Andersson} i nummer 14 hörde skrik vid 23-tiden.',
  'Fru {n:Ohlin} vill inte bli kontaktad i ärendet.',
  'Cykeln var en blå Crescent med ramnummer WBK 4412 3391.',
  'Försäljaren på Blocket hade telefonnummer {t:072-202 33 44}.',
  'Han svarade från {e:sven.svensson1962@telia.com} men slutade sedan svara.',
  'Annonsen låg ute i 3 dagar och hade id 1098223344.',
  'Mötet hölls på Gustav Adolfs torg vid 18-tiden.',
  'De gick längs Erik Dahlbergsgatan och vidare mot Linnéplatsen.',

  // --- more numbers that must not be flagged
  'Priset sänktes från 1 299 kr till 999 kr.',
  'Totalt 3 456 789 kr i omsättning under första kvartalet.',
  'Mötet flyttas till 2024-06-12 kl. 09.00.',
  'Besöket bokades 15/6 kl 13.',
  'Leveransen kommer mellan 08:00 och 12:00.',
  'Postnummer 411 36 och 413 01 berörs av avstängningen.',
  'Adressen är Box 123, 101 23 Stockholm.',
  'Bankgiro 5402-9681 används för alla inbetalningar.',
  'Vi fick 20 st jackor levererade, artikel 40230112.',
  'EAN 7318690123456 gäller den nya varan.',
  'Telefonnumret 070-123 45 är ofullständigt och gick inte att ringa.',
  'Nummer 0712-34 56 78 finns inte.',
  'Kortet med nummer 4571 1234 5678 9010 spärrades.',
  'IMEI 356938035643809 tillhör den stulna mobilen.',
  'Ärendenummer 2024-0412-3381 i vårt system.',
  'Lönespecifikationen visade 32 450 kr brutto.',
  'Fastighetsbeteckning Göteborg Inom Vallgraven 10:4.',
  'Mellan 1998 och 2004 hände liknande saker i området.',
  'Årsredovisningen för 2023 redovisar ett överskott.',
  'Olyckan skedde på E6 vid avfart 74, km 412.',
  'Temperaturen i frysen var −18 grader klockan 05.00.',
  'Paket 00340434161234567891 var skadat vid leverans.',
  'Larmcentralen har kundnummer 0701-445.',
  'Koden 19910101 fungerade inte på dörren.',
  'Ordernummer 8504121234 verkar inte finnas.',
  'Rum 0305 var olåst vid ronden.',
  'Sträckan är 1,5 km och tar 20 min att gå.',
  'Butik 0453 rapporterade flest incidenter i maj.',
  'Beställningen på 24 st kostade 5 448,50 kr inkl. moms.',
  'Skolans org.nr {o:212000-126} ska stå på fakturan.',

  // --- names: mixed, with traps
  'Per person räknar vi med 2 timmar utbildning.',
  'Bo kvar i lokalen tills polisen kommer.',
  'Stig in och vänta i receptionen.',
  '{n:Björn} sprang efter mannen men tappade bort honom.',
  'Vi åt lunch på Max innan passet började.',
  '{n:Linnea} och {n:Tove} hade kvällspasset.',
  '{n:Kristina Nilsson} och {n:Helena Ek} tog emot anmälan.',
  'Sedan ringde {n:Hans} igen och frågade om ersättning.',
  'Vi pratade med {n:Per} om schemat.',
  'Kassören {n:Sofia Åberg-Lind} såg hela händelsen.',
  '{n:Ebba} och {n:Alva} i 5B var vittnen.',
  'Det var {n:Olle Forsberg} som hittade plånboken.',
  'Plånboken tillhörde {n:Ingrid Falk} enligt körkortet.',
  'Jag lämnade över ärendet till {n:Joakim Lund}.',
  '{n:Amira} blev hotad av en kund som var berusad.',
  'Butiken i Malmö och butiken i Uppsala fick samma samtal.',
  'Klara besked behövs innan vi stänger ärendet.',
  'Stockholms stad har informerats om klottret.',
  'Han kom från Sundbyberg och åkte vidare mot Solna.',
  'Skolan på Kungsgatan har samma problem som Rinkebyskolan.',
  '{n:Zeynep Kaya} i personalrummet såg mannen först.',
  'Väktaren hette {n:Mattias Blom} och hade tjänstenummer 4471.',
  'Jag heter {n:Linda Wallin} och jobbar på lagret.',
  'Meddela {n:Nils} och {n:Viktor} att mötet är flyttat.',
  'Enligt {n:Magnus} var dörren låst när han gick.',
  'Ett vittne, {n:Zlatan Hodžić}, såg bilen köra iväg.',
  'Vittnet {n:Svensson} ville vara anonym.',
  'Kunden sa att hon hette {n:Jovana Petrović}.',
  'Personalen i Kista och Farsta har fått utbildning.',
  'Skylten vid Drottninggatan var nedklottrad.',

  // --- mixed, several kinds per sentence
  '{n:Eva Lindqvist}, {p:19480915-224}, {t:070-222 33 44}, {e:eva.lindqvist@telia.com}.',
  'Anmälare: {n:Jan Olofsson}, tel {t:08-640 12 34}, e-post {e:jan.olofsson@foretaget.se}',
  'Kontaktuppgifter till målsägande: {n:Sven Mattsson} ({t:0702-11 22 33}).',
  'Skicka underlag till {e:incident@butik.se}, märk med K345678-24.',
  'Den misstänkte, {n:Robert Holm}, född {p:870622-375}, greps på plats.',
  'Målsäganden {n:Leila Hosseini}, samordningsnummer {s:950381-469}, behöver tolk.',
  'Tolken nås på {t:+46 8 123 456 78} eller {e:tolk@tolkformedlingen.se}.',
  '{n:Mats Hedlund}, {p:19610331-485}, har tidigare anmälts för snatteri.',
  'Nummer {t:0046 8 506 123 45} tillhör kommunens växel.',
  'Skriv till {e:Anna.Berg@Example.COM} eller ring {t:+358 40 123 4567}.',
  'Kontrollanten {n:Tobias Nordin} skrev rapporten, ref. nr 2024-118.',
  'Uppgifter om {n:Ahmed Abdi}: {p:19790905-236}, tel {t:076 543 21 09}.',
  'Kunden {n:Eva} ringde från {t:031-12 34 56} och ville prata med chefen.',
  'Två personer greps: {p:19951202-442} och {p:19980418-195}.',
  'Samordningsnumret {s:19880474-558} tillhör en säsongsarbetare.',
  'Han uppgav ett personnummer, {p:650314 278}, men inget id-kort.',
  'I anmälan stod {p:530712461} utan bindestreck.',
  'Skicka kopian till {e:karin.lundqvist@skola.stockholm.se}.',
  'Har du frågor, ring {t:070 876 54 32} eller maila {e:info@vaksam-test.se}.',
  'Tack, {n:Karin}!',
  'Hälsningar {n:Erik Lindgren}, butikschef, {t:0704-55 66 77}',
  'Bilagor: foto1.jpg, foto2.jpg (totalt 2,4 MB).',
  'Inget personnummer angavs i anmälan från kunden.',
  'Tjänstgörande väktare: {n:Hamza Osman}, {t:+46 70 765 43 21}.',
  'Telefonen som stals hade nummer {t:0739-88 77 66}.',

  // --- further formats and traps
  'Ring {t:070-1234567} om du ser honom igen.',
  'Numret {t:(08) 123 456 78} stod på skylten vid entrén.',
  'Hennes jobbnummer är {t:+46 (0)31 123 45 67}.',
  'Mobil: {t:0709-123456}',
  'Den 2/3 kl 09.15 ringde {t:+47 912 34 567} flera gånger.',
  'Priset var 0,50 kr per påse och 1 070 kr totalt.',
  'Kassan visade 07:45 när larmet gick.',
  'Ärende 2024/0701234 är avslutat.',
  'Transaktion 0045-2231-8891 syns i kassasystemet.',
  'Kopia till {e:first.last+incident@sub.example.co.uk} och till chefen.',
  'pnr: {p:19450101-007}',
  'Vittnen: {n:Ida Johansson}, {n:Lars-Göran Ek} och {n:Nour}.',
  'Samtal med {n:Lasse} från Securitas om nya rutiner.',
  'Maj månad var lugn, bara två anmälningar.',
  'Det hände vid Kronoparken i Karlstad, nära Rudsskolan.',
  'Vi sågs på Kungsholmstorg och gick till Sankt Eriksplan.',
  '{n:Annas} väska stod kvar i personalrummet.',
  'Dags att byta koden till förrådet, den är 1234.',
  'Eleverna från Sankt Görans gymnasium väntade vid Nils Ericsonterminalen.',
  'Han hade köpt verktyg på Clas Ohlson och gick sedan ut på Karl Johansgatan.',
  'Läraren {n:Sigrid} såg att {n:Noah Lindholm} blev knuffad av en okänd elev.',
  'Det var {n:Amina Warsame} och {n:Yusuf} som larmade 112.',
];

export const TEST_SET: readonly LabelledSentence[] = SOURCES.map(buildSentence);
