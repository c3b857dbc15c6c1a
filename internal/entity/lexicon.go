package entity

import (
	"strings"
	"unicode"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// The word lists below are small, hand-written and read-only. They are the
// whole "model": no trained NER is available, so capitalisation plus these
// cues decide what a name is and of which kind.

func wordSet(lists ...string) map[string]bool {
	m := make(map[string]bool)
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[fold(w)] = true
		}
	}
	return m
}

// commonWords are words that, capitalised, are almost never names: function
// words, pronouns, sentence openers and time words, in en/es/it/fr/de.
var commonWords = wordSet(
	// English
	`a an the and or but if then so as at by in on of for to from with without into onto upon about
	after before during since until while when where why how what which who whom whose that this these
	those there here it its he she they we you i me my our your their his her them us him is are was
	were be been being am do does did done has have had will would can could shall should may might
	must not no nor yes all any some many much more most few several each every both either neither
	one two three four five six seven eight nine ten first second third last next new old other another
	such same only also even just still yet already again however therefore meanwhile moreover
	furthermore although though because unless whether according among between against across over under
	meanwhile today yesterday tomorrow tonight now later earlier soon once read source sources see
	said says say told tell asked meanwhile instead indeed perhaps maybe well oh ok okay btw fyi imo
	lol etc mr mrs ms dr st per via vs ex former current senior top chief mostly like unlike dear
	according despite within beyond around near toward towards though thus hence otherwise
	besides finally briefly overall update updated breaking exclusive opinion analysis editorial
	watch photo video image file getty reporting additional contributed copyright related posts post
	list hot news share comments comment reply leave advertisement subscribe sign log click here
	conflict war peace talks talk meeting officials official report reports president minister
	police organisers organizers residents rescuers engineers authorities critics witnesses experts
	firefighters volunteers locals protesters investigators doctors researchers scientists`,
	// Spanish, Italian, French, German function words that start sentences.
	`el la los las un una unos unas y o pero si en de del al con sin por para sobre entre tras según
	este esta estos estas ese esa eso lo le les se su sus nos es son fue era ha han hay no sí
	il lo gli i le un uno una e ed o ma se in di da con su per tra fra dopo prima questo questa
	questi queste quello quella che è sono ha hanno non già anche secondo nel nella nei negli sul sulla
	le la les un une des et ou mais si dans de du au aux avec sans pour sur entre après avant ce cette
	ces cet qui que il elle ils elles on nous vous est sont a ont ne pas selon lors
	der die das den dem des ein eine einen einem einer und oder aber wenn in im an am auf aus mit ohne
	für über unter nach vor bei zu zum zur von vom es er sie wir ihr ist sind war hat haben nicht auch
	noch schon laut dieser diese dieses wie was wer wo als dass
	exteriores esteri asuntos affari étrangères exterior defensa difesa défense interior interno`,
)

// breakWords end a capitalised run even when capitalised ("Officials And
// Russians", "the American President IS", "Macron Last month").
var breakWords = wordSet(
	`and or but if then so as at by in into with without from to is are was were be been am do does
	did has have had will would can could shall should must not no nor yes it its he she they we you i
	me my our your their his her them him this that these those there here who whom whose which what
	when where why how also last next this every all any some today yesterday tomorrow read see now
	y o pero e ed ma et ou mais und oder aber`,
)

// months and weekdays break name spans ("Russia on Thursday").
var calendarWords = wordSet(
	`january february march april june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday
	jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
	enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
	lunes martes miércoles jueves viernes sábado domingo
	gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
	lunedì martedì mercoledì giovedì venerdì sabato domenica
	janvier février mars avril mai juin juillet août septembre octobre novembre décembre
	lundi mardi mercredi jeudi vendredi samedi dimanche
	januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
	Ιανουάριος Ιανουαρίου Φεβρουάριος Φεβρουαρίου Μάρτιος Μαρτίου Απρίλιος Απριλίου Μάιος Μαΐου
	Ιούνιος Ιουνίου Ιούλιος Ιουλίου Αύγουστος Αυγούστου Σεπτέμβριος Σεπτεμβρίου Οκτώβριος Οκτωβρίου
	Νοέμβριος Νοεμβρίου Δεκέμβριος Δεκεμβρίου Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή
	autumn spring summer winter fall christmas easter`,
)

// titles are capitalised words put before a person's name. They are
// stripped from the mention and make it a person.
var titles = wordSet(
	`mr mrs ms miss dr prof sir dame lord lady president vice minister secretary chancellor senator sen
	rep gov congressman congresswoman ambassador governor mayor general gen admiral adm colonel col
	captain capt lieutenant lt sergeant sgt major director chairman chairwoman chair chief judge
	justice king queen prince princess pope sheikh emir sultan ayatollah spokesman spokeswoman
	spokesperson commissioner ceo premier pastor father rabbi imam cardinal archbishop bishop
	representative deputy envoy officer commander marshal patriarch mp mep
	presidente presidenta ministro ministra secretario secretaria canciller señor señora don doña
	segretario signor signora premier président présidente ministre secrétaire chancelier monsieur
	madame präsident präsidentin ministerin kanzler kanzlerin bundeskanzler bundeskanzlerin
	außenminister aussenminister außenministerin ministerpräsident herr frau
	prezident prezidenta prezidentem prezidentovi prezidentka premiér premiéra premiérem
	ministr ministra ministrem ministryně guvernér guvernérka starosta starostka generál
	kapitán princ princezna královna vévodkyně mluvčí předseda předsedy předsedou
	představitel náčelník ředitel ředitelka velvyslanec velvyslankyně
	držitel majitel majitelka kancléř
	Πρόεδρος Πρόεδρο Προέδρου Πρωθυπουργός Πρωθυπουργό Πρωθυπουργού Υπουργός Υπουργό
	Υπουργού Υφυπουργός Υφυπουργό Υφυπουργού Δήμαρχος Δήμαρχο Δημάρχου Βασίλισσα
	Βασίλισσας Πρίγκιπας Πρίγκιπα Δούκισσα Δούκισσας Λόρδος Λόρδο Λόρδου Λοχαγός Λοχαγό
	Αντιναύαρχος Πτέραρχος Πτέραρχο Συνταγματάρχης Στρατηγός Στρατηγό Διευθυντής
	Διευθυντή Γραμματέας Εκπρόσωπος Εκπρόσωπο Γερουσιαστής Βουλευτής Καγκελάριος
	Κυβερνήτης Κυβερνήτη Πρέσβης Πρέσβη`,
)

// titleModifiers go before a title inside the capitalised run ("Foreign
// Affairs Minister", "Prime Minister", "Defense Secretary").
var titleModifiers = wordSet(
	`foreign affairs prime vice deputy defense defence interior finance state home chief executive
	general first former acting national security attorney press intelligence cia fbi
	treasury justice health trade economy energy supreme senior special grand crown assistant
	under lieutenant majority minority house senate party opposition shadow junior regional
	environment environmental water resources climate transport transportation education culture
	agriculture fisheries forestry industry infrastructure housing science technology sport sports
	tourism development communications digital economic social labour labor employment
	Εξωτερικών Αμύνης Άμυνας Εσωτερικών Οικονομικών Πολιτισμού Υγείας Δικαιοσύνης
	Γενικός Γενικού Γενική Αναπληρωτής Πρώην`,
)

// departments follow "Secretary of" before the holder's name ("Secretary of
// Defense Mary Beth Long").
var departments = wordSet(
	`state defense defence treasury commerce energy health labor labour education homeland interior
	justice agriculture transportation veterans war foreign affairs environment environmental water
	resources climate transport education culture fisheries forestry industry infrastructure
	housing science technology sport sports tourism development communications economy economic
	social labour employment finance trade home internal natural rural urban regional`,
)

// roleWords describe what someone is; found near a mention they are context
// for resolution and a person cue.
var roleWords = wordSet(
	`president minister diplomat ambassador senator secretary director chancellor expert analyst
	official officer spokesman spokeswoman spokesperson general leader chief envoy adviser advisor
	professor researcher fellow journalist reporter correspondent editor author writer lawyer judge
	governor mayor premier king queen prince commander colonel captain negotiator economist
	scientist chairman chairwoman founder executive ceo lawmaker politician activist candidate
	mp deputy head citizen actor singer player coach member manager strategist historian
	teacher resident farmer student nurse doctor engineer driver owner worker pensioner
	skipper fisherman fisher runner athlete winner mother father son daughter wife husband
	chair chairperson spokesman spokeswoman representative
	presidente ministro diplomatico diplomático ministre diplomate präsident minister diplomat
	außenminister präsidentin experte esperto experto`,
)

// speechVerbs after a name ("Lavrov said") mark it as a person. One word
// each: wordSet splits on spaces, and the auxiliaries of "ha detto" and "a
// déclaré" made every "a" a speech verb ("Cut a piece" was a person).
var speechVerbs = wordSet(
	`said says told added wrote argued explained stated noted warned insisted claimed recalled
	announced acknowledged denied admitted asked replied urged tweeted posted believes thinks
	dijo afirmó declaró explicó aseguró detto dice dichiarato déclaré dit affirme sagte
	erklärte betonte`,
)

// orgHeads make a capitalised run an organisation wherever they occur in it.
var orgHeads = wordSet(
	`council ministry department agency news times post journal university institute institution
	party bank inc corp corporation ltd llc plc co company group foundation fund committee commission
	office bureau service services army navy forces force command union association organization
	organisation federation league alliance front movement board authority assembly academy
	college school museum court senate congress parliament administration government cabinet
	centre center network press tribune herald gazette telegraph guardian digital television tv
	radio broadcasting media club church society airlines motors technologies labs holdings partners
	systems ledger wire daily chronicle observer courier dispatch reuters tass ria interfax sputnik kremlin pentagon commonwealth secretariat
	ministerio ministero ministère ministerium universidad università université universität
	partido partito parti partei consejo consiglio conseil comité comitato agencia agenzia agence
	banco banca banque gobierno governo gouvernement regierung diario corriere giornale stampa
	repubblica monde figaro zeitung spiegel police constabulary gendarmerie brigade guard guards
	département departamento dipartimento institut instituto istituto parlement parlamento
	sénat senado senato assemblée asamblea assemblea chambre cámara tribunal tribunale
	cour corte armée ejército esercito fonds fondo fondation fundación fondazione programme
	programa programma commandement mando comando`,
)

// eventHeads end the names of events that open with a demonym ("European
// Championships", "African Games", "French Open"): the demonym is part of
// the name, as before an organisation's head. They give no kind.
var eventHeads = wordSet(`championships championship games olympics open cup trophy
	festival tournament classic rally marathon`)

// placeHeads make a capitalised run a place.
var placeHeads = wordSet(
	`city province region oblast krai county district island islands mountains mountain river sea
	ocean gulf bay lake strait peninsula valley desert coast republic kingdom emirates territory
	territories state states square street avenue airport port harbour harbor canal cape mount
	road lane bridge dam weir reservoir quay pier airfield airbase forest park heath moor fjord
	glacier point
	ciudad città ville stadt provincia región regione région`,
)

// demonyms are adjectives of places; they are not names themselves and are
// dropped from the front of a run ("Russian Foreign Minister").
var demonyms = wordSet(
	`russian russians ukrainian ukrainians american americans belarusian belarusians french german
	germans italian italians spanish british english chinese european europeans polish czech
	hungarian turkish iranian israeli palestinian syrian iraqi saudi japanese korean indian
	pakistani afghan canadian mexican brazilian western eastern northern southern soviet nato
	african asian arab arabic georgian moldovan lithuanian latvian estonian finnish swedish
	norwegian danish dutch belgian swiss austrian greek serbian croatian romanian bulgarian
	slovak kazakh armenian azerbaijani egyptian
	ruso rusa rusos ucraniano ucraniana estadounidense norteamericano francés alemán italiano
	russo russa ucraino ucraina statunitense americano francese tedesco
	russe ukrainien ukrainienne américain américaine français allemand italien
	russisch russische russischen ukrainisch ukrainische amerikanisch amerikanische
	britons briton scots scottish welsh irish swiss thai filipino filipinos israelis iraqis
	pakistanis saudis afghans kuwaiti omani yemeni qatari emirati somali nepali bangladeshi
	serb serbs croat croats bosniak bosniaks kurd kurds kurdish tutsi tutsis hutu hutus
	britannique britanniques anglais anglaise écossais gallois
	američan američané američany rus rusové ukrajinci brit britové němci francouzi`,
)

// demonymSuffixes turn a country's or capital's name, less its final
// vowels, into its people or adjective: Haiti → Haitian, Iran →
// Iranians, Japan → Japanese, Pakistan → Pakistanais, Canada →
// Canadien, Irak → Irakienne, Chine → Chinois, Iran → Iraniano,
// Chile → Chilané, Írán → Íránci, Ιράν → Ιρανικά, Ιρανοί (on the
// folded, transliterated word). Greek -ος, -ου and -ο are left out: they
// also end places' own cases (Πεκίνου, Beijing's).
// Spanish and Italian -ano/-ana are left out (Rome + ana is a given
// name), Czech -ský and -cký too (Japonskem is Japan, "Atlantickém
// oceánu" the Atlantic Ocean), and so are -i and -is, which also make
// Arabic and Persian surnames of places (Baghdadi, Tehrani): the list
// above has Israeli, Iraqi and the like.
var demonymSuffixes = strings.Fields(`ians ian ans an eans ean ese esi ense enses ish
	iens ien iennes ienne ains ain aines aine ais aise aises ois oise oises
	iano iana iani iane ane anu anum any anech ci
	ikos iki iko ika ikou ikis ikes ikon ikoi ikous oi ous`)

// demonymEnds holds demonymSuffixes by their last byte: wordBits asks
// about every capitalised word that is in no list.
var demonymEnds = func() map[byte][]string {
	m := map[byte][]string{}
	for _, s := range demonymSuffixes {
		m[s[len(s)-1]] = append(m[s[len(s)-1]], s)
	}
	return m
}()

// demonymStems are the single-word place names of the gazetteer, each
// less its final vowels and whole, that demonymSuffixes extend.
var demonymStems = func() map[string]bool {
	m := map[string]bool{}
	eachAlias(func(n, _, kind string) {
		k := fold(n)
		if kind != news.KindPlace || !latinName(n) && !greekName(n) || strings.Contains(k, " ") || len(k) < 4 || isAllCaps(n) {
			return
		}
		m[k] = true
		if st := strings.TrimRight(k, "aeiouy"); len(st) >= 3 {
			m[st] = true
			if c, ok := strings.CutSuffix(st, "qu"); ok {
				m[c+"c"] = true // Amérique → Américain
			}
		}
	})
	return m
}()

// greekName reports whether s is written in Greek letters.
func greekName(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.Is(unicode.Greek, r)
		}
	}
	return false
}

// derivedDemonym reports whether a word not in any list is a people or
// adjective made from a place name of the gazetteer (see demonymSuffixes):
// the demonyms list cannot spell every nationality in every language,
// and one missed ("Iranians", "Haïtien") becomes an entity of its own
// beside its country.
func derivedDemonym(key string) bool {
	if len(key) < 5 {
		return false
	}
	for _, s := range demonymEnds[key[len(key)-1]] {
		if base, ok := strings.CutSuffix(key, s); ok && len(base) >= 3 && demonymStems[base] {
			return true
		}
	}
	return false
}

// czechCommon are Czech words that open sentences and so come
// capitalised before a name ("Zatímco Kjótský", "Podle Amerického"). They
// count only in Czech and Slovak articles: folded, "ale", "jak" and "pak"
// are English words and names too.
var czechCommon = wordSet(`a i v ve na do z ze s se k ke o u po pro při za od před podle
	ale však zatímco nicméně když protože během mezi také jak který která které kteří
	již už ještě jeho její jejich on ona ono oni ony my vy já ty tento tato toto tyto
	ten to tak pak poté potom proto kromě spolu asi další jen pouze více mnoho
	myslím dnes včera zítra letos nyní teď tedy takže navíc rovněž zejména
	většina někteří všichni každý žádný jiný jiné jiná tím tomu této tohoto těchto`)

// greekWords are Greek words that Greek capitalises where English would
// not, or that open sentences: months and days (a break in a name, like
// their English counterparts) and function words (common). They are
// keyed by the folded word, as the lexicon is, but looked up on Greek
// words only: "Και" and "Μετά" fold to the given name Kai and the
// company Meta.
var greekWords = func() map[string]lexBit {
	m := map[string]lexBit{}
	add := func(list string, b lexBit) {
		for _, w := range strings.Fields(list) {
			m[fold(w)] |= b
		}
	}
	add(`Ιανουάριος Ιανουαρίου Ιανουάριο Φεβρουάριος Φεβρουαρίου Φεβρουάριο Μάρτιος Μαρτίου
	Μάρτιο Απρίλιος Απριλίου Απρίλιο Μάιος Μαΐου Μάιο Ιούνιος Ιουνίου Ιούνιο Ιούλιος
	Ιουλίου Ιούλιο Αύγουστος Αυγούστου Αύγουστο Σεπτέμβριος Σεπτεμβρίου Σεπτέμβριο
	Οκτώβριος Οκτωβρίου Οκτώβριο Νοέμβριος Νοεμβρίου Νοέμβριο Δεκέμβριος Δεκεμβρίου
	Δεκέμβριο Δευτέρα Δευτέρας Τρίτη Τρίτης Τετάρτη Τετάρτης Πέμπτη Πέμπτης Παρασκευή
	Παρασκευής Σάββατο Σαββάτου Κυριακή Κυριακής Σαββατοκύριακο`, lxCalendar)
	add(`ο η οι τα το του της των τον την τη στο στη στην στον στα στις στους και με
	για από σε ένα μια ένας αυτό αυτή αυτός αυτά αυτές αυτοί όταν όπως αλλά ενώ μετά
	πριν κατά μέχρι επίσης ωστόσο εσείς εμείς εγώ εσύ ήταν είναι σας μας θα δεν
	όλοι όλα πολλοί δύο τρεις ένας`, lxCommon)
	return m
}()

// connectors may sit inside a multi-word name between capitalised words.
// ofLike ones only after an organisation/place/title head ("Council on
// Foreign Relations", "Bank of England"); particles inside any name
// ("Charles de Gaulle", "Ursula von der Leyen", "Bashar al-Assad").
var ofLike = wordSet(`of on for the de del della dei degli di da du des d la le for`)
var particles = wordSet(`de del della di da du von van der den ter ten al el bin ibn abu le la dos das st`)

// nicknames pair short forms with full first names.
var nicknames = map[string]string{
	"bill": "william", "will": "william", "bob": "robert", "rob": "robert", "mike": "michael",
	"joe": "joseph", "jim": "james", "jimmy": "james", "tom": "thomas", "dick": "richard",
	"rick": "richard", "alex": "alexander", "sasha": "alexander", "dan": "daniel", "dave": "david",
	"chris": "christopher", "tony": "anthony", "ben": "benjamin", "sam": "samuel", "nick": "nicholas",
	"kate": "katherine", "liz": "elizabeth", "beth": "elizabeth", "steve": "steven", "ed": "edward",
	"ted": "edward", "andy": "andrew", "matt": "matthew", "pat": "patrick", "chuck": "charles",
	"charlie": "charles", "vova": "vladimir", "dima": "dmitry", "misha": "mikhail", "kolya": "nikolai",
}

// nonAcronyms are all-capital tokens that are not organisations.
var nonAcronyms = wordSet(`btw fyi imo ok tv am pm ad bc ii iii iv vs aka etc asap rip lol omg usd eur
	gw mw kw kv kwh mwh gwh km kg`)

// companyTails end company names that carry no organisation head word
// ("Vessa Hydro", "Skarvik Offshore", "Nordic Shipping").
var companyTails = wordSet(`hydro offshore energy power electric utilities oil gas petroleum mining
	steel shipping logistics airways rail railways telecom pharma pharmaceuticals capital ventures
	industries motors holdings solutions software foods brewery`)

// placeNouns name what a place is, in apposition ("Kaldbrook, a town of
// about 18,000") or after "the town of".
var placeNouns = wordSet(`town city village hamlet suburb district region province county country
	island river valley lake port harbour harbor municipality neighbourhood neighborhood area
	street road square capital settlement resort towns villages districts regions streets suburbs`)

// orgNouns name what an organisation is ("Vessa Hydro, a regional
// utility", "the developer Skarvik Offshore").
var orgNouns = wordSet(`utility company firm operator developer regulator agency authority
	association union charity group broadcaster newspaper outlet insurer bank lender carrier airline
	manufacturer producer supplier contractor council ministry party organisation organization
	cooperative co-operative club federation`)

// orgFollowers are lower-case words that, right after a name or its
// possessive, say it is an organisation ("Vessa Hydro spokeswoman", "Vessa
// Hydro's executives").
var orgFollowers = wordSet(`spokeswoman spokesman spokesperson executives executive shareholders
	employees staff headquarters subsidiary board management`)

// placePreps go before a place more often than before anything else.
var placePreps = wordSet(`in near outside above below downstream upstream towards toward around
	across into inside`)

var pronouns = wordSet(`he she they it we i you`)
