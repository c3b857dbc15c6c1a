package entity

// firstNames is a small hand-written list of given names common in
// international news (English, Russian/Ukrainian in several transliterations,
// Arabic, European). A capitalised run starting with one is a person.
var firstNames = translitSet(wordSet(
	`aaron adam adrian alan albert alexander alexandra alice alison allison amanda amy andrew andrea
	angela ann anna anne anthony antony arthur barbara ben benjamin beth betty bill bob boris brad
	brandon brian bruce carl carol caroline catherine charles charlie chris christian christine
	christopher chuck claire colin craig dan daniel david dean deborah dennis diana donald doug
	douglas ed edward elizabeth ellen emily emma eric eugene frank fred gary george gerald gordon
	grace greg gregory hannah harold harry heather helen henry hillary howard ian jack jacob jake
	james jamie jane janet jason jean jeff jeffrey jennifer jeremy jessica jill jim joan joe john
	jonathan joseph josh joshua judith judy julia julie justin karen kate katherine kathleen keith kelly
	kenneth kevin kim kristen larry laura lauren lawrence lee leo leon leonard linda lydia lorenzo luca luke lisa lloyd louis lucy
	margaret maria marie mark martha martin mary matt matthew megan melissa michael michelle mike
	nancy natalie nathan neil nicholas nick nicole noah oliver pamela patricia patrick paul peter
	philip rachel ralph raymond rebecca rebekah richard rick rob robert roger ronald rose ruth
	ryan sam samuel sandra sarah scott sean sharon simon sophie stephen steve steven susan
	ted teresa theresa thomas tim timothy todd tom tony victoria vincent walter wendy william
	antonio antony kamala marco nancy lindsey mitch ron rishi keir liz theresa
	jens ursula olaf angela annalena emmanuel francois françois jacques pierre marine jean-luc
	giorgia mario matteo sergio silvio pedro pablo santiago carlos juan jose josé luis manuel
	javier miguel alberto isabel carmen lula jair xi li wang recep tayyip viktor volodymyr
	vladimir wladimir vladimír vladímir serguéi serguei serghei sergueï dmitry dmitri dmitrij dmytro sergey sergei sergej serhiy
	serhii alexei aleksei alexey aleksey oleksiy oleksii alexandr aleksandr oleksandr mikhail
	mykhailo yuri yury yuriy nikolai nikolay mykola ivan igor ihor andrei andrey andriy andrii
	yevgeny evgeny yevgeniy pavel petr pyotr petro oleg valery valeriy valerii anatoly gennady
	maxim maksim kirill konstantin denis denys vitaly vitali vitaliy roman ruslan arseniy arseny
	yulia julia yuliya olena elena alena olga irina iryna tatiana tetiana natalia nataliya maria
	ekaterina kateryna svetlana sviatlana anastasia marina ludmila lyudmila galina valentina
	ramzan dmitriy alexander aliaksandr alyaksandr yevgeny yevgeniy
	mohammed mohammad mohamed muhammad muhammed ahmed ahmad ali hassan hussein hossein omar umar
	abdullah abdul khalid mahmoud mahmud ibrahim ismail yusuf youssef bashar benjamin ebrahim
	naftali yair isaac herzog moshe avi david yitzhak ehud ariel recep hakan
	narendra rahul imran shehbaz nawaz fumio shinzo moon yoon kim`,
))

// translitSet adds the transliteration key of every word, so that spellings
// not listed ("Serhij", "Yulija") still count.
func translitSet(m map[string]bool) map[string]bool {
	for w := range m {
		if k := translit(w); len(k) >= 4 {
			m[k] = true
		}
	}
	return m
}

// isFirstName reports whether a folded word is a known given name.
func isFirstName(key string) bool {
	if firstNames[key] {
		return true
	}
	k := translit(key)
	return len(k) >= 4 && firstNames[k]
}
