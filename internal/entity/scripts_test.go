package entity

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func TestLooseKey(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"Radek Sommer", "Радек Зоммер"}, "rdk smr"},
		{[]string{"Kaldbrook", "Калдбрук", "Калдбруком"}, "kldbrk"},
		{[]string{"Tarnholm", "Тарнхольм"}, "trnhlm"},
		{[]string{"Mill Road", "Милл-Роуд"}, "ml rd"},
		{[]string{"Lena Ostrova", "Лена Острова"}, "ln str"},
		{[]string{"Merrow", "Мерроу"}, "mr"},
		{[]string{"Ao", "Эя"}, ""},
	}
	for _, tc := range tests {
		for _, in := range tc.in {
			if got := looseKey(in); got != tc.want {
				t.Errorf("looseKey(%q) = %q, want %q", in, got, tc.want)
			}
		}
	}
}

func TestMeaningKey(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"Lower Kaldbrook", "Нижний Калдбрук", "Нижнего Калдбрука", "Нижньому Калдбруку", "Bas-Kaldbrook", "Basse Kaldbrook"}, "#low kldbrk"},
		{[]string{"New Tarnholm", "Новый Тарнхольм", "Нового Тарнхольма", "Nouvelle-Tarnholm", "Neu Tarnholm"}, "#new trnhlm"},
		{[]string{"North Vessa", "Северная Весса", "Північна Весса", "Nord-Vessa"}, "#north vs"},
		{[]string{"Kaldbrook", "Калдбрук"}, ""},    // no qualifier
		{[]string{"Lower", "Нижний"}, ""},          // nothing but a qualifier
		{[]string{"Новиков", "Малышев Роман"}, ""}, // a surname is not an adjective
		{[]string{"Great Orm", "Большой Орм"}, "#great rm"},
	}
	for _, tc := range tests {
		for _, in := range tc.in {
			if got := meaningKey(in); got != tc.want {
				t.Errorf("meaningKey(%q) = %q, want %q", in, got, tc.want)
			}
		}
	}
}

func TestCutCaseEnding(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Калдбруком", "Калдбрук"},
		{"Тарнхольмом", "Тарнхольм"},
		{"Вессой", "Весс"},
		{"Том", "Том"},                 // stem too short
		{"Kaldbrookom", "Kaldbrookom"}, // Latin words keep their ending
	}
	for _, tc := range tests {
		if got := cutCaseEnding(tc.in); got != tc.want {
			t.Errorf("cutCaseEnding(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestResolveAcrossScripts(t *testing.T) {
	cases := []struct {
		name  string
		texts []string
		a, b  string
		same  bool
	}{
		{"person in Cyrillic", []string{
			"Colonel Radek Sommer, head of the rescue service, spoke in Kaldbrook.",
			"Полковник Радек Зоммер, глава спасательной службы, выступил в Калдбруке."},
			"Radek Sommer", "Радек Зоммер", true},
		{"place in an oblique case", []string{
			"Colonel Radek Sommer, head of the rescue service, spoke in Kaldbrook.",
			"Полковник Радек Зоммер, глава спасательной службы, выступил в Калдбруке."},
			"Kaldbrook", "Калдбруке", true},
		{"two Latin names with one loose key stay apart from the Cyrillic one", []string{
			"Coach Marta Selin praised the team. The banker Marta Zelin sold shares.",
			"Тренер Марта Селин похвалила команду."},
			"Marta Zelin", "Марта Селин", false},
		{"Greek digraphs for b and d", []string{
			"Colonel Ben Dalton, head of the rescue service, spoke in Kaldbrook.",
			"Ο συνταγματάρχης Μπεν Ντάλτον μίλησε στο Κάλντμπρουκ."},
			"Ben Dalton", "Μπεν Ντάλτον", true},
		{"two consonants in common are not enough", []string{
			"The Norway delegation arrived in Tarnholm on Monday.",
			"Η αντιπροσωπεία του Ανάρη έφτασε χθες."},
			"Norway", "Ανάρη", false},
		{"a translated qualifier", []string{
			"The water reached Lower Kaldbrook within an hour. Kaldbrook itself stayed dry.",
			"Через час вода достигла улиц Нижнего Калдбрука."},
			"Lower Kaldbrook", "Нижнего Калдбрука", true},
		{"a translated qualifier does not join the bare name", []string{
			"The water reached Lower Kaldbrook within an hour. Kaldbrook itself stayed dry.",
			"Через час вода достигла улиц Нижнего Калдбрука."},
			"Kaldbrook", "Нижнего Калдбрука", false},
		{"the spelt-out name wins over the translated one", []string{
			"Severni Glas reported the breach. Workers in North Glas went on strike.",
			"Об этом сообщила редакция Северного Гласа."},
			"Severni Glas", "Северного Гласа", true},
		{"a name no Latin text has stays its own", []string{
			"Colonel Radek Sommer spoke in Kaldbrook.",
			"Приют для семей открыл Ивар Лунд."},
			"Radek Sommer", "Ивар Лунд", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var arts []*news.Article
			for i, text := range tc.texts {
				a := newArticle(string(rune('a'+i)), text)
				if i > 0 {
					a.Language = "ru"
				}
				arts = append(arts, a)
			}
			checkSameEntity(t, Resolve(arts), tc.a, tc.b, tc.same)
		})
	}
}
