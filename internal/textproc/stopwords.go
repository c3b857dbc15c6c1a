package textproc

import "strings"

// Stop-word lists, written for this package: function words (articles,
// pronouns, prepositions, conjunctions, auxiliaries) that carry no topic.
// They are kept short on purpose: stages downstream compare content words,
// and a word wrongly marked stop is lost to them, while a stop word left
// in only adds a little noise. Entries are folded (see Fold) when the sets
// are built, so they may be written with their accents.
var stopLists = map[string]string{
	"en": `a about above after again against all also am an and any are as at be
		because been before being below between both but by can could did do does
		doing down during each few for from further had has have having he her here
		hers herself him himself his how i if in into is it its itself just me more
		most my myself no nor not now of off on once only or other our ours ourselves
		out over own same she should so some such than that the their theirs them
		themselves then there these they this those through to too under until up
		very was we were what when where which while who whom why will with would
		you your yours yourself yourselves it's he's she's that's there's they're
		we're i'm isn't wasn't don't doesn't didn't won't can't`,
	"es": `a al algo algunos ante antes como con contra cual cuando de del desde donde
		durante e el ella ellas ellos en entre era eran es esa esas ese eso esos esta
		estaba estado estas este esto estos está están fue fueron ha han hasta hay la
		las le les lo los más me mi muy nada ni no nos o otra otro para pero poco por
		porque que quien se sea ser si sin sobre son su sus también tan te tiene todo
		todos tu un una uno unos y ya yo él`,
	"it": `a ad agli ai al alla alle allo anche con come cui da dai dal dalla dalle
		degli dei del della delle dello di e è ed era erano gli ha hanno i il in la le
		lo loro ma mi ne negli nei nel nella nelle nello noi non o per più quale quando
		quella quelle quello questa queste questo se si sia sono su sua sue sugli sui
		sul sulla suo suoi tra tutti tutto un una uno che chi ci così essere stato
		stata fra lui lei`,
	"fr": `à au aux avec ce ces cet cette dans de des du elle elles en est et été être
		il ils je la le les leur leurs lui ma mais me même mes moi mon ne nos notre
		nous on ont ou où par pas pour qu que qui sa sans se ses son sont sur ta te tes
		toi ton tu un une vos votre vous y a aussi avait comme donc dont entre fait
		ici l d c s n qu'il`,
	"de": `aber alle als am an auch auf aus bei bin bis bist da damit dann das dass
		dem den der des die dies diese dieser dieses doch dort du durch ein eine einem
		einen einer eines er es für gegen hat hatte haben hier ich ihm ihn ihr ihre im
		in ist ja jetzt kann kein keine mit nach nicht noch nur ob oder ohne sein sich
		sie sind so über um und uns unter vom von vor war waren was weil wenn werden
		wie wieder wir wird wurde zu zum zur`,
	"pt": `a ao aos as até com como da das de dela dele do dos e é ela elas ele eles
		em entre era essa esse esta este eu foi foram há isso isto já la lhe mais mas
		me mesmo muito na nas nem no nos não o os ou para pela pelas pelo pelos por
		qual quando que quem se sem ser seu seus sua suas são também te tem um uma
		umas uns você foi está estão`,
	"ru": `а без более бы был была были было быть в вам вас весь во вот все всех вы
		где да даже для до его ее ей если есть еще же за здесь и из или им их к как
		когда кто ли либо мне может мы на над не него нет ни них но ну о об он она они
		оно от по под при с со так также такой там те тем то того тоже только том ты у
		уже чем что чтобы эта эти это этот я`,
}

// stopSets are the folded stop-word sets by language, built once at start-up
// and read-only afterwards.
var stopSets = buildStopSets()

func buildStopSets() map[string]map[string]bool {
	sets := make(map[string]map[string]bool, len(stopLists))
	for lang, list := range stopLists {
		set := make(map[string]bool)
		for _, w := range strings.Fields(list) {
			set[Fold(w)] = true
		}
		sets[lang] = set
	}
	return sets
}

// IsStop reports whether the folded word norm is a stop word in lang.
func IsStop(norm, lang string) bool {
	return stopSets[lang][norm]
}
