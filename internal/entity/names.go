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
	// Nordic, Baltic, Central European, Dutch, Irish and other European
	// given names.
	`aarne aino anders arne astrid birgit birgitta bjorn björn britt eero einar eirik elin
	elsa emil erik erika frida gunnar gustav hakon håkon halvard hanne hans harald heidi helga
	henrik hilde ida inga inger ingrid jan jarl jens johan johanna jonas jorunn juha jukka kalle
	kari karin karl kasper katrin katarina kerstin kjell knut kristian kristin lars leif liisa
	linnea magnus maja marit mats mikael mikko minna nils niklas olav ole oskar pekka
	pernille ragnar rolf sanna sigrid solveig sten stig sven svend terje timo
	tove trond tuomas ulf ulla ulrika vilhelm ville
	agnes aileen aisling aoife brendan ciara colm conor cormac declan deirdre donal eamon eamonn
	fergus fiona niamh padraig pádraig ronan seamus siobhan sinead
	pieter joost jeroen maarten sander bram daan femke sanne anouk
	radek radim jiri jiří jakub lukas lukáš ondrej ondřej petra zuzana tomas tomáš vaclav
	václav marek pavol jana eva ivana lenka katerina kateřina dana
	piotr krzysztof tomasz pawel paweł marcin michal michał agnieszka małgorzata malgorzata
	aleksandra zofia wojciech
	elias ilyas ilias ilya ilja lena helena hanna hannah ruben abel sigmund tobias matthias
	andreas stefan stephan jürgen jurgen klaus dieter uwe wolfgang helmut gerhard günter gunter
	sabine ursula monika petra anja birgit katja stefanie
	colette sylvie nathalie isabelle camille mathieu julien nicolas thierry antoine
	giovanni giuseppe francesco alessandro paolo chiara giulia francesca
	ines inés lucia lucía marta elena diego alejandro fernando rafael
	joao joão tiago rui
	yasmin leila layla fatima amina aisha mehmet ahmet mustafa emre ayse ayşe
	kwame kofi chidi ngozi oluwaseun tunde
	arjun priya anil sunil raj ravi deepak
	hiroshi yuki kenji takeshi`,
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
