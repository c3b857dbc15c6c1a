package brief

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// The token-level counterpart of tense.go for articles not in English: the
// verb forms around a month or weekday named without a year say on which
// side of publication it lies ("a rendu son jugement en avril" is the April
// before, "rendra son jugement en février" the February after). The rules
// are English's: the nearest clear mark, backwards from the date and then
// forwards, within its clause; an unknown word says nothing, since a wrong
// tense moves a date by a year while no tense leaves it to the
// nearest-occurrence rule.
//
// Words are compared in lower case with their accents, not folded like
// news.Token.Norm: the accents are what tell a future from another form
// (Spanish "votará", future, and "votara", subjunctive; French "a", has,
// and "à", to), and the lists are short enough to be written as printed.
// The rules are hand-written because no library in go.mod reads tense in
// these languages; each list is kept to unambiguous words.

// tenseLang holds one language's marks. Read-only.
type tenseLang struct {
	past, future []string // mark the clause wherever they stand in it
	// pastAux mark the past when a participle follows within auxReach
	// words ("a rendu", German "hat … entschieden" at the clause's end).
	pastAux  []string
	auxReach int
	// haveParticiple accepts further participles after a past auxiliary
	// other than presentBe: German "hat … entschieden", whose prefix
	// hides the "ge", is a perfect, but "ist … verboten" a state.
	haveParticiple func(w string) bool
	// participleLast asks the participle to close the clause, or to be
	// followed by one of participleThen (German "ist gebaut worden").
	participleLast bool
	participleThen []string
	// beAux mark the past with one of the participles beParticiple
	// accepts right after them: French and Italian form the perfect of
	// a few verbs with "être"/"essere" ("est arrivé", "è stato"), where
	// any other participle is a present passive ("est convoqué").
	beAux        []string
	beParticiple func(w string) bool
	// futureAux mark the future with an infinitive after them ("va
	// rendre", "va a votar").
	futureAux []string
	// presentBe and pastBe before a word of plan (plan) say whether the
	// plan is still ahead ("est prévu en mars") or was made for a time
	// now past ("était prévu").
	presentBe, pastBe, plan []string
	planAlone               bool // a plan word alone is present (Russian "запланировано")
	// pastNext and futureNext stand right before or right after the date:
	// "lundi dernier", "am kommenden Montag", "в прошлый вторник".
	pastNext, futureNext []string
	// afterOnly of those count only after the date: French "le dernier
	// mardi du mois" is no past.
	afterOnly []string
	// opens start a clause of their own, whose verb is not the date's:
	// "a annoncé que l'usine ferme en mars". Reading stops there both
	// ways (an elided "qu'" too).
	opens []string
	// toInf introduce an infinitive, whose time hangs on a verb further
	// back: "a accepté de rendre les documents d'ici vendredi" is a
	// deadline ahead though "a accepté" is past. Reading backwards stops
	// there. Where an infinitive needs no such word (Russian "согласилась
	// передать документы до пятницы"), bareInfinitive stops reading at
	// the infinitive itself.
	toInf          []string
	bareInfinitive bool
	// nounOf right before the date makes it a noun's complement, an event
	// not a time of the clause's verb ("le sommet de décembre a été
	// reporté"), unless the word before is one of nounOK ("au mois de
	// mars", "fin de mars").
	nounOf, nounOK []string
	// articles right before the date make it a noun (German "Der März
	// war nass"); in the Romance languages an article before a date is
	// the ordinary way to say when ("le 10 mars", "el lunes"), so they
	// have none here.
	articles []string
	// exclude are words the endings below would misread (nouns in -ra,
	// "vrai", "però").
	exclude                []string
	participle, infinitive func(w string) bool
	pastForm, futureForm   func(w string) bool
	skipAfter              []string // a word that continues the date's name: Portuguese "segunda-feira"
}

func hasSuffixAny(w string, minRunes int, suffixes ...string) bool {
	if utf8.RuneCountInString(w) < minRunes {
		return false
	}
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func never(string) bool { return false }

var tenseLangs = map[string]tenseLang{
	"fr": {
		past:      []string{"avait", "avaient", "était", "étaient", "fut", "furent", "eut", "eurent", "hier", "avant-hier"},
		future:    []string{"demain", "aura", "auront", "saura", "sauront", "ira", "iront"},
		pastAux:   []string{"a", "ont", "avons", "avez", "ai"},
		auxReach:  2,
		futureAux: []string{"va", "vont", "allait", "allaient", "vais", "allons"},
		presentBe: []string{"est", "sont"},
		pastBe:    []string{"était", "étaient", "fut", "furent", "été"}, // "a été prévu"
		beAux:     []string{"est", "sont"},
		beParticiple: func(w string) bool {
			for _, end := range []string{"es", "e", "s", ""} {
				if s, ok := strings.CutSuffix(w, end); ok && slices.Contains(frBeVerbs, s) {
					return true
				}
			}
			return false
		},
		plan:       []string{"prévu", "prévue", "prévus", "prévues", "programmé", "programmée", "programmés", "programmées", "attendu", "attendue"},
		pastNext:   []string{"dernier", "dernière", "derniers", "dernières", "passé", "passée"},
		futureNext: []string{"prochain", "prochaine", "prochains", "prochaines"},
		afterOnly:  []string{"dernier", "dernière", "derniers", "dernières", "passé", "passée"},
		opens:      []string{"que", "qui", "quand", "lorsque", "où", "si", "mais", "car", "puisque", "dont"},
		toInf:      []string{"de", "à", "pour"},
		nounOf:     []string{"de", "d", "du"},
		nounOK:     []string{"mois", "fin", "début", "mi", "courant", "partir", "cours"},
		exclude: []string{"vrai", "minerai", "front", "affront", "extra", "lira", "tira", "retira", "attira", "admira",
			"inspira", "expira", "soupira", "vira", "chavira", "portrait", "souhait", "attrait",
			"retrait", "extrait", "abstrait", "distrait", "parfait", "méfait", "bienfait", "forfait", "imparfait", "satisfait",
			"lieu", "lui", "hui", "oui", "ni", "si", "depuis", "puis", "aussi", "ici", "ainsi", "parmi", "midi", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
			"samedi", "du", "au", "peu", "plus", "tous", "droit", "huit", "nuit", "envie", "vous", "nous", "entre", "contre", "autre", "notre", "votre", "hier", "dernier", "premier", "entier", "hiver", "mer", "fer"},
		participle: func(w string) bool {
			return hasSuffixAny(w, 2, "é", "ée", "és", "ées", "i", "ie", "is", "it", "u", "ue", "us", "ert", "erte", "ort", "int", "ait")
		},
		infinitive: func(w string) bool { return hasSuffixAny(w, 4, "er", "ir", "re") },
		// The imperfect in -ait; not the conditional in -rait ("ne
		// prendrait pas part"), which looks ahead.
		pastForm: func(w string) bool {
			return hasSuffixAny(w, 6, "aient", "ait") && !hasSuffixAny(w, 1, "rait", "raient")
		},
		futureForm: func(w string) bool {
			return hasSuffixAny(w, 4, "era", "eront", "erai", "ira", "iront", "irai", "dra", "dront", "drai",
				"rra", "rront", "rrai", "vra", "vront", "vrai", "ttra", "ttront")
		},
	},
	"de": {
		past:           []string{"war", "waren", "wurde", "wurden", "hatte", "hatten", "gestern", "vorgestern", "damals"},
		future:         []string{"wird", "werden", "soll", "sollen", "morgen", "übermorgen"},
		pastAux:        []string{"hat", "haben", "ist", "sind"},
		auxReach:       tenseWindow,
		participleLast: true,
		participleThen: []string{"worden", "sein", "haben", "werden", "und", "oder"},
		presentBe:      []string{"ist", "sind"},
		pastBe:         []string{"war", "waren"},
		plan:           []string{"geplant", "vorgesehen", "angesetzt", "terminiert", "erwartet"},
		pastNext:       []string{"vergangenen", "vergangene", "vergangenem", "letzten", "letzte", "letztem"},
		futureNext:     []string{"kommenden", "kommende", "kommendem", "nächsten", "nächste", "nächstem"},
		toInf:          []string{"zu"},
		articles:       []string{"der", "die", "das", "des"},
		exclude:        []string{"gegen", "gerecht", "genug", "gelegen", "gestern", "gesamt", "gesamten", "gemeinsamen", "genauen"},
		participle: func(w string) bool {
			if !hasSuffixAny(w, 5, "t", "en") {
				return false
			}
			if strings.HasPrefix(w, "ge") {
				return true
			}
			// A separable prefix before "ge": "angekündigt", "eingestürzt".
			for _, p := range []string{"an", "auf", "aus", "ab", "bei", "ein", "mit", "nach", "vor", "zu", "zurück", "fest", "statt", "teil", "los"} {
				if strings.HasPrefix(w, p+"ge") {
					return true
				}
			}
			return false
		},
		haveParticiple: func(w string) bool {
			for _, p := range []string{"be", "ent", "er", "ver", "zer", "miss"} {
				if strings.HasPrefix(w, p) && hasSuffixAny(w, 6, "t", "en") {
					return true
				}
			}
			return false
		},
		infinitive: never,
		pastForm:   never,
		futureForm: never,
	},
	"es": {
		past:       []string{"ayer", "anoche", "anteayer", "fue", "fueron", "era", "eran", "había", "habían", "estaba", "estaban", "estuvo", "dijo"},
		pastAux:    []string{"ha", "han", "he", "hemos", "hubo"},
		auxReach:   2,
		futureAux:  []string{"va", "van", "vamos", "iba", "iban"},
		presentBe:  []string{"está", "están", "es", "son"},
		pastBe:     []string{"estaba", "estaban", "estuvo", "fue", "era"},
		plan:       []string{"previsto", "prevista", "previstos", "previstas", "programado", "programada", "programados", "programadas"},
		pastNext:   []string{"pasado", "pasada"},
		futureNext: []string{"próximo", "próxima"},
		opens:      []string{"que", "cuando", "donde", "si", "pero", "porque", "aunque", "mientras"},
		toInf:      []string{"de", "para"},
		nounOf:     []string{"de", "del"},
		nounOK:     []string{"mes", "finales", "principios", "mediados", "fin", "partir", "inicios"},
		exclude:    []string{"dominó", "buró", "rococó", "landó"},
		participle: func(w string) bool {
			return hasSuffixAny(w, 4, "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "cho", "to", "sto")
		},
		infinitive: func(w string) bool { return hasSuffixAny(w, 3, "ar", "er", "ir") },
		pastForm:   func(w string) bool { return hasSuffixAny(w, 4, "ó") || hasSuffixAny(w, 6, "aron", "eron") },
		futureForm: func(w string) bool { return hasSuffixAny(w, 4, "rá", "rán") },
	},
	"it": {
		past:     []string{"ieri", "era", "erano", "fu", "furono", "aveva", "avevano", "stava", "stavano", "ebbe"},
		future:   []string{"domani"},
		pastAux:  []string{"ha", "hanno", "abbiamo", "avete", "ho"},
		auxReach: 2,
		beAux:    []string{"è", "sono", "siamo"},
		beParticiple: func(w string) bool {
			r, size := utf8.DecodeLastRuneInString(w)
			return strings.ContainsRune("oaie", r) && slices.Contains(itBeVerbs, w[:len(w)-size])
		},
		presentBe:  []string{"è", "sono"},
		pastBe:     []string{"era", "erano", "fu", "furono"},
		plan:       []string{"previsto", "prevista", "previsti", "previste", "programmato", "programmata", "atteso", "attesa", "fissato", "fissata"},
		pastNext:   []string{"scorso", "scorsa"},
		futureNext: []string{"prossimo", "prossima"},
		opens:      []string{"che", "quando", "dove", "se", "ma", "perché", "mentre", "sebbene"},
		toInf:      []string{"di", "per"},
		nounOf:     []string{"di", "del", "della"},
		nounOK:     []string{"mese", "fine", "inizio", "metà", "partire"},
		exclude:    []string{"però", "perciò", "ciò", "può", "falò", "oblò", "comò", "bordò", "tiranno"},
		participle: func(w string) bool {
			return hasSuffixAny(w, 4, "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute") ||
				slices.Contains([]string{"deciso", "preso", "messo", "detto", "fatto", "scritto", "aperto", "chiuso", "rimasto", "morto", "nato", "stato", "stata", "stati", "state", "visto", "perso", "chiesto", "risposto",
					"emesso", "permesso", "promesso", "concesso", "espresso", "discusso", "ucciso", "sospeso", "speso", "reso",
					"raggiunto", "vinto", "posto", "proposto", "imposto", "letto", "eletto", "scelto", "tolto", "accolto",
					"rotto", "scoperto", "offerto", "sofferto", "coperto", "condotto", "prodotto", "ridotto", "introdotto"}, w)
		},
		infinitive: func(w string) bool { return hasSuffixAny(w, 4, "are", "ere", "ire") },
		pastForm: func(w string) bool {
			return (hasSuffixAny(w, 4, "ò") && !strings.HasSuffix(w, "rò")) || hasSuffixAny(w, 6, "arono", "irono")
		},
		futureForm: func(w string) bool { return hasSuffixAny(w, 4, "rà", "ranno", "rò") },
	},
	"pt": {
		past:       []string{"ontem", "anteontem", "foi", "foram", "era", "eram", "tinha", "tinham", "esteve", "estava", "estavam", "havia"},
		future:     []string{"amanhã"},
		futureAux:  []string{"vai", "vão", "vamos", "ia", "iam", "vou"},
		presentBe:  []string{"está", "estão", "é", "são"},
		pastBe:     []string{"estava", "estavam", "esteve", "foi", "era"},
		plan:       []string{"previsto", "prevista", "previstos", "previstas", "marcado", "marcada", "marcados", "marcadas", "agendado", "agendada"},
		pastNext:   []string{"passado", "passada"},
		futureNext: []string{"próximo", "próxima"},
		opens:      []string{"que", "quando", "onde", "se", "mas", "porque", "embora", "enquanto"},
		toInf:      []string{"de", "para"},
		nounOf:     []string{"de", "do"},
		nounOK:     []string{"mês", "final", "início", "meados", "fim", "partir"},
		exclude:    []string{"estou", "europeu", "museu", "judeu", "plebeu", "apogeu", "coliseu", "camafeu", "verão", "camarão", "tubarão", "mutirão", "barão", "varão", "padrão"},
		participle: func(w string) bool {
			return hasSuffixAny(w, 4, "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
		},
		infinitive: func(w string) bool { return hasSuffixAny(w, 3, "ar", "er", "ir", "or") },
		pastForm: func(w string) bool {
			return hasSuffixAny(w, 5, "ou", "iu") || hasSuffixAny(w, 6, "eu", "aram", "eram")
		},
		futureForm: func(w string) bool { return hasSuffixAny(w, 4, "rá") || hasSuffixAny(w, 6, "arão", "erão", "irão") },
		skipAfter:  []string{"feira", "feiras"},
	},
	"ru": {
		past: []string{"был", "была", "было", "были", "вчера", "позавчера", "шел", "шла", "шли", "пришли", "прошли", "ушли",
			// Pasts with no л: "вынес", "мог", "умер".
			"вынес", "принес", "привез", "мог", "смог", "помог", "умер", "погиб", "вырос", "достиг"},
		future: []string{"будет", "будут", "буду", "будем", "завтра", "послезавтра", "планируется", "ожидается",
			"предстоит", "намерен", "намерены", "собирается"},
		pastBe:    []string{"был", "была", "было", "были"},
		plan:      []string{"запланирован", "запланирована", "запланировано", "запланированы", "намечен", "намечена", "намечено", "намечены", "назначен", "назначена", "назначено", "назначены"},
		planAlone: true,
		pastNext: []string{"прошлый", "прошлой", "прошлую", "прошлом", "прошлого", "минувший", "минувшей", "минувшую",
			"минувшем", "минувшего"},
		futureNext: []string{"следующий", "следующей", "следующую", "следующем", "следующего", "ближайший",
			"ближайшую", "ближайшем", "предстоящий", "предстоящую", "будущего", "будущем"},
		opens: []string{"что", "когда", "где", "если", "но", "который", "которая", "которое", "которые", "потому",
			"хотя", "чтобы", "пока"},
		exclude: []string{"начало", "начала", "правило", "правила", "сила", "могила", "скала", "стрела", "дело", "дела",
			"тело", "тела", "село", "села", "пчела", "цели", "недели", "модели", "отели", "мебели", "постели", "караул", "детали", "генерал", "канал", "финал", "капитал",
			"сигнал", "материал", "журнал", "персонал", "вокзал", "идеал", "отдел", "раздел", "предел", "мало", "немало",
			"зеркало", "крокодил", "вдали", "стали", "мили", "ели", "шило", "сало", "кило"},
		participle:     never,
		infinitive:     func(w string) bool { return hasSuffixAny(w, 4, "ть", "ти", "чь", "ться", "тись") },
		bareInfinitive: true,
		// Past verbs end in a vowel, л and the gender or plural ending,
		// reflexive or not: "заявил", "прорвало", "прошли", "состоялась".
		pastForm: func(w string) bool {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "ся"), "сь")
			for _, v := range []string{"а", "я", "и", "е", "у", "ы"} {
				for _, e := range []string{"л", "ла", "ло", "ли"} {
					if hasSuffixAny(w, 5, v+e) {
						return true
					}
				}
			}
			return false
		},
		futureForm: never,
	},
}

// frBeVerbs and itBeVerbs are the participles that form a perfect with
// "être" or "essere", the Italian ones without their final vowel.
var (
	frBeVerbs = []string{"arrivé", "parti", "venu", "mort", "né", "décédé", "entré", "sorti", "tombé", "devenu",
		"revenu", "resté", "allé", "retourné", "intervenu", "survenu", "rentré", "effondré"}
	itBeVerbs = []string{"stat", "arrivat", "partit", "mort", "nat", "crollat", "cadut", "tornat", "venut", "andat",
		"success", "avvenut", "uscit", "entrat", "rimast", "diventat"}
)

// tokenTense returns -1, +1 or 0 for the tense of the clause around the
// date mention whose tokens are a.Tokens[sp.first..sp.last], for the
// languages of tenseLangs; 0 for any other.
func tokenTense(a *news.Article, sp tokenSpan) int {
	L, ok := tenseLangs[a.Language]
	toks := a.Tokens
	if !ok || sp.first < 0 || sp.last >= len(toks) || sp.first > sp.last {
		return 0
	}
	word := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return tenseWord(slice(a.Text, toks[k].Start, toks[k].End))
	}
	// stop says whether a clause ends between tokens i and i+1.
	stop := func(i int) bool {
		if i < 0 || i+1 >= len(toks) || toks[i].Sentence != toks[i+1].Sentence {
			return true
		}
		gap := slice(a.Text, toks[i].End, toks[i+1].Start)
		return strings.ContainsAny(gap, ",;:()[]{}—–.!?«»“”\"") || strings.Contains(gap, " -") || strings.Contains(gap, "- ")
	}
	// name says whether token k is written with a capital inside its
	// sentence: a name, or a German noun, never a verb form.
	name := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(slice(a.Text, toks[k].Start, toks[k].End))
		return unicode.IsUpper(r) && k > 0 && toks[k-1].Sentence == toks[k].Sentence
	}
	// opens says whether token k starts a clause of its own.
	opens := func(k int) bool {
		raw := strings.ToLower(slice(a.Text, toks[k].Start, toks[k].End))
		if i := strings.IndexAny(raw, "'’"); i > 0 && slices.Contains(L.opens, raw[:i]+"e") {
			return true // "qu'en mars", "lorsqu'il"
		}
		return slices.Contains(L.opens, word(k))
	}
	prev := word(sp.first - 1)
	if slices.Contains(L.articles, prev) ||
		slices.Contains(L.nounOf, prev) && !slices.Contains(L.nounOK, word(sp.first-2)) {
		return 0
	}
	after := sp.last + 1
	if slices.Contains(L.skipAfter, word(after)) && !stop(sp.last) {
		after++
	}
	nextTo := func(words []string) bool {
		return !stop(after-1) && slices.Contains(words, word(after)) ||
			!stop(sp.first-1) && slices.Contains(words, prev) && !slices.Contains(L.afterOnly, prev)
	}
	switch {
	case nextTo(L.pastNext):
		return -1
	case nextTo(L.futureNext):
		return 1
	}
	// mark reads token k; ahead lists the words after it in its clause.
	mark := func(k int, backwards bool) (t int, halt bool) {
		w := word(k)
		if w == "" || slices.Contains(L.exclude, w) && !slices.Contains(L.past, w) && !slices.Contains(L.future, w) {
			return 0, false
		}
		if name(k) {
			return 0, false
		}
		var ahead []string
		j := k + 1
		for ; j < len(toks) && !stop(j-1) && len(ahead) < max(L.auxReach, 2); j++ {
			if name(j) {
				ahead = append(ahead, "") // a name or a German noun is no verb form
				continue
			}
			ahead = append(ahead, word(j))
		}
		clauseEnds := j >= len(toks) || stop(j-1)
		// last says whether ahead[i] closes its clause, where a German
		// participle stands ("hat im April entschieden"), an adjective
		// never ("hat im März einen besonderen Termin").
		last := func(i int) bool {
			if !L.participleLast {
				return true
			}
			if i+1 < len(ahead) {
				return slices.Contains(L.participleThen, ahead[i+1])
			}
			return clauseEnds
		}
		before := word(k - 1)
		switch {
		case slices.Contains(L.plan, w):
			switch {
			case slices.Contains(L.pastBe, before):
				return -1, false
			case slices.Contains(L.presentBe, before) || L.planAlone:
				return 1, false
			}
			return 0, false
		case slices.Contains(L.past, w):
			return -1, false
		case slices.Contains(L.future, w):
			return 1, false
		case slices.Contains(L.pastAux, w):
			for i, x := range ahead[:min(len(ahead), L.auxReach)] {
				if slices.Contains(L.plan, x) && slices.Contains(L.presentBe, w) {
					return 1, false // "ist für März geplant"
				}
				if i > 0 && slices.Contains(L.toInf, ahead[i-1]) {
					continue // "hat … zu entscheiden": an obligation
				}
				have := L.haveParticiple != nil && !slices.Contains(L.presentBe, w) && L.haveParticiple(x)
				if (L.participle(x) || have) && !slices.Contains(L.exclude, x) && last(i) {
					return -1, false
				}
			}
			return 0, false
		case slices.Contains(L.beAux, w):
			if len(ahead) > 0 && L.beParticiple(ahead[0]) {
				return -1, false
			}
			return 0, false
		case slices.Contains(L.futureAux, w):
			for i, x := range ahead[:min(len(ahead), 2)] {
				if L.infinitive(x) && (i == 0 || ahead[0] == "a") {
					return 1, false
				}
			}
			return 0, false
		case backwards && L.infinitive(w) && (L.bareInfinitive || slices.Contains(L.toInf, before)):
			if L.bareInfinitive && slices.Contains(L.future, before) {
				return 1, false // "будет рассматривать": the future's own infinitive
			}
			return 0, true
		case L.pastForm(w):
			return -1, false
		case L.futureForm(w):
			return 1, false
		}
		return 0, false
	}
	for k, n := sp.first-1, 0; k >= 0 && n < tenseWindow && !stop(k); k, n = k-1, n+1 {
		if opens(k) {
			break
		}
		if t, halt := mark(k, true); t != 0 || halt {
			return t
		}
	}
	for k, n := sp.last+1, 0; k < len(toks) && n < tenseWindow && !stop(k-1); k, n = k+1, n+1 {
		if opens(k) {
			break
		}
		if t, _ := mark(k, false); t != 0 {
			return t
		}
	}
	return 0
}

// tenseWord is a token's surface in lower case, after an elided article
// or pronoun ("n'a" is "a", "qu'il" is "il", "dell'anno" is "anno").
func tenseWord(s string) string {
	// Russian ё is mostly printed е; the lists have е.
	s = strings.ReplaceAll(strings.ToLower(s), "ё", "е")
	if i := strings.LastIndexAny(s, "'’"); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		s = s[i+size:]
	}
	return s
}
