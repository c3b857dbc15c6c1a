package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// The gazetteers are small and hand-written: places and organisations that
// news about world politics keeps naming, each with the spellings and
// translations that should resolve to it. One line per entity, canonical
// name first, aliases after "|".
const placeList = `
United States|US|U.S.|USA|U.S.A.|America|United States of America|Estados Unidos|EE.UU.|EEUU|Stati Uniti|États-Unis|Etats-Unis|Vereinigte Staaten|ΗΠΑ|Ηνωμένες Πολιτείες|Ηνωμένων Πολιτειών|Spojené státy|Spojených států|Spojeným státům|США|Соединённые Штаты|Соединенные Штаты|الولايات المتحدة|ארצות הברית|ארה"ב|संयुक्त राज्य अमेरिका|अमेरिका|अमरीका|أمريكا|امريكا|أميركا
United Kingdom|UK|U.K.|Britain|Great Britain|Grande-Bretagne|Gran Bretaña|Gran Bretagna|Reino Unido|Regno Unito|Royaume-Uni|Großbritannien|Ηνωμένο Βασίλειο|Ηνωμένου Βασιλείου|Βρετανία|Βρετανίας|Spojené království|Británie|Velká Británie|Великобритания|Великобритании|بريطانيا|المملكة المتحدة|בריטניה|ब्रिटेन
Russia|Russian Federation|Rusia|Russland|Russie|Rossiya|Ρωσία|Ρωσίας|Rusko|Ruska|Rusku|Россия|России|روسيا|רוסיה|रूस
Ukraine|Ucrania|Ucraina|Ukraina|Ukrajina
Belarus|Byelorussia|Belarussia|Bielorrusia|Bielorussia|Biélorussie|Weißrussland|Bělorusko
Kyiv|Kiev|Kiew|Kijów|Kyïv
Moscow|Moskva|Moscú|Mosca|Moscou|Moskau|Μόσχα|Μόσχας|Moskvě|Москва|Москве|موسكو|מוסקבה|मास्को
Minsk
Crimea|Crimée|Krim|Krym
Donbas|Donbass
Donetsk
Luhansk|Lugansk
Kharkiv|Kharkov|Charkiw
Kherson
Zaporizhzhia|Zaporizhia|Zaporozhye
Odesa|Odessa
Mariupol
Bakhmut|Artemovsk
Lviv|Lvov|Lemberg
Washington|Washington DC|Washington D.C.|D.C.|Ουάσιγκτον|Washingtonu|Вашингтон|واشنطن|וושינגטון|वॉशिंगटन|वाशिंगटन
New York|New York City|NYC|Nueva York
London|Londres|Londra|Λονδίνο|Λονδίνου|Londýn|Londýně|Londýna|Лондон|لندن|לונדון|लंदन|लन्दन
Paris|París|Parigi|Παρίσι|Paříž|Paříži|Париж|باريس|פריז|पेरिस|पैरिस
Berlin|Berlín|Berlino
Rome|Roma|Rom|Řím|روما|רומא|रोम|Ρώμη|Ρώμης|Рим
Madrid
Brussels|Bruselas|Bruxelles|Brüssel
Prague|Praga|Prag|Praha
Warsaw|Varsovia|Varsavia|Varsovie|Warschau|Varšava
Vienna|Viena|Wien|Vienne|Vídeň
Geneva|Ginebra|Ginevra|Genève|Genf
Beijing|Peking|Pekín|Pechino|Pékin|Πεκίνο|Πεκίνου|Pekingu|Пекин|بكين|בייג'ינג|बीजिंग
Tokyo|Tokio
Istanbul|Estambul
Ankara
Tehran|Teheran|Teherán|Téhéran|طهران|טהרן|तेहरान|Τεχεράνη|Τεχεράνης|Тегеран
Baghdad|Bagdad
Jerusalem|Jerusalén|Gerusalemme|Jérusalem
Gaza|Gaza Strip
Damascus|Damasco|Damas
Cairo|El Cairo|Le Caire|Kairo
Riyadh
Doha
Dubai
Delhi|New Delhi
Europe|Europa|Ευρώπη|Ευρώπης|Evropa|Evropy|Европа|Европы|أوروبا|אירופה|यूरोप
Asia|Asie|Asien|Asii|Ασία|Ασίας|Азия|آسيا|אסיה|एशिया
South Asia|Asie du Sud|Asia meridionale|Südasien|Jižní Asie|Νότια Ασία
Southeast Asia|Asie du Sud-Est|Sudeste Asiático|Sud-est asiatico|Südostasien|Jihovýchodní Asie|Νοτιοανατολική Ασία
Indian Ocean|océan Indien|Océano Índico|Oceano Indiano|Indischer Ozean|Indický oceán|Indickém oceánu|Ινδικός Ωκεανός|Ινδικό Ωκεανό|Ινδικού Ωκεανού|Индийский океан|المحيط الهندي|האוקיינוס ההודי|हिंद महासागर|हिन्द महासागर|האוקיאנוס ההודי
Atlantic Ocean|Atlantic|océan Atlantique|Atlantique|Océano Atlántico|Oceano Atlantico|Atlantik|Atlantischer Ozean|Atlantský oceán|Ατλαντικός Ωκεανός|Ατλαντικό Ωκεανό|Ατλαντικού|Атлантический океан|Ατλαντικός|المحيط الأطلسي|المحيط الاطلسي|האוקיינוס האטלנטי|अटलांटिक महासागर|האוקיאנוס האטלנטי
Pacific Ocean|Pacific|océan Pacifique|Pacifique|Océano Pacífico|Oceano Pacifico|Pazifik|Pazifischer Ozean|Tichý oceán|Ειρηνικός Ωκεανός|Ειρηνικό Ωκεανό|Ειρηνικού|Тихий океан|Ειρηνικός|Ειρηνικό|المحيط الهادئ|المحيط الهادي|האוקיינוס השקט|प्रशांत महासागर|האוקיאנוס השקט
Arctic Ocean|océan Arctique|Océano Ártico|Oceano Artico|Arktischer Ozean|Severní ledový oceán
Mediterranean Sea|Mediterranean|mer Méditerranée|Méditerranée|Mar Mediterráneo|Mar Mediterraneo|Mittelmeer|Středozemní moře|Μεσόγειος|Средиземное море
Black Sea|mer Noire|Mar Negro|Mar Nero|Schwarzes Meer|Černé moře|Μαύρη Θάλασσα|Чёрное море|Черное море
Red Sea|mer Rouge|Mar Rojo|Mar Rosso|Rotes Meer|Rudé moře|Ερυθρά Θάλασσα|Красное море
Baltic Sea|mer Baltique|Mar Báltico|Mar Baltico|Ostsee|Baltské moře
Caribbean|Caribbean Sea|Caraïbes|mer des Caraïbes|Caribe|Caraibi|Karibik|Καραϊβική
Persian Gulf|golfe Persique|Golfo Pérsico|Golfo Persico|Persischer Golf|Perský záliv|Περσικός Κόλπος|Περσικό Κόλπο|Персидский залив|الخليج الفارسي|המפרץ הפרסי|फारस की खाड़ी
Bay of Bengal|golfe du Bengale|Golfo de Bengala|Golfo del Bengala|Golf von Bengalen|Bengálský záliv
Latin America|América Latina|Amérique latine|Lateinamerika
Central America|Amérique centrale|América Central|Centroamérica|America centrale|Mittelamerika|Střední Amerika
Oceania|Océanie|Oceanía|Ozeanien|Oceánie|Ωκεανία
South America|Amérique du Sud|América del Sur|Sudamérica|America meridionale|Südamerika|Jižní Amerika|Νότια Αμερική|Южная Америка
North America
Africa|África|Afrique|Afrika|أفريقيا|إفريقيا|אפריקה|अफ्रीका|Αφρική|Αφρικής|Африка
Middle East|Oriente Medio|Medio Oriente|Moyen-Orient|Moyen Orient|Naher Osten|Nahost|Blízký východ|Μέση Ανατολή|Ближний Восток|الشرق الأوسط|המזרח התיכון|मध्य पूर्व
Germany|Alemania|Germania|Allemagne|Deutschland|Γερμανία|Γερμανίας|Německo|Německa|Германия|Германии|ألمانيا|גרמניה|जर्मनी
France|Francia|Frankreich|Γαλλία|Γαλλίας|Francie|Francii|Франция|Франции|فرنسا|צרפת|फ्रांस
Italy|Italia|Italie|Italien|Itálie|إيطاليا|איטליה|इटली|Ιταλία|Ιταλίας|Италия|Италии
Spain|España|Spagna|Espagne|Spanien|Španělsko|إسبانيا|ספרד|स्पेन|Ισπανία|Ισπανίας|Испания
Poland|Polonia|Pologne|Polen|Polsko
Austria|Autriche|Österreich|Rakousko
Australia|Australie|Australien|Austrálie|أستراليا|אוסטרליה|ऑस्ट्रेलिया|Αυστραλία|Αυστραλίας|Австралия
Switzerland|Suiza|Svizzera|Suisse|Schweiz|Švýcarsko
Sweden|Suecia|Svezia|Suède|Schweden|Švédsko|السويد|שוודיה|स्वीडन|Σουηδία|Σουηδίας|Швеция
Finland|Finlandia|Finlande|Finnland|Finsko
Norway|Noruega|Norvegia|Norvège|Norwegen|Norsko|النرويج|נורווגיה|नॉर्वे|Νορβηγία|Νορβηγίας|Норвегия
Denmark|Dinamarca|Danimarca|Danemark|Dänemark|Dánsko
Netherlands|Holland|Países Bajos|Paesi Bassi|Pays-Bas|Niederlande|Nizozemsko
Belgium|Bélgica|Belgio|Belgique|Belgien|Belgie
Portugal|Portogallo|Portugalsko
Greece|Grecia|Grèce|Griechenland|Řecko|Ελλάδα|Ελλάδας|Греция|اليونان|יוון|यूनान|ग्रीस
Hungary|Hungría|Ungheria|Hongrie|Ungarn|Maďarsko
Czech Republic|Czechia|República Checa|Repubblica Ceca|Tschechien|Česko|Česká republika
Slovakia|Eslovaquia|Slovacchia|Slowakei|Slovensko
Romania|Rumania|Roumanie|Rumänien|Rumunsko|رومانيا|רומניה|रोमानिया|Ρουμανία|Ρουμανίας|Румыния
Bulgaria|Bulgarie|Bulgarien|Bulharsko
Serbia|Serbie|Serbien|Srbsko
Croatia|Croacia|Croazia|Croatie|Kroatien|Chorvatsko
Moldova|Moldavia|Moldavie|Moldau
Georgia|Géorgie|Georgien
Armenia|Arménie|Armenien
Azerbaijan|Azerbaiyán|Azerbaigian|Azerbaïdjan|Aserbaidschan
Kazakhstan|Kazajistán|Kazakistan|Kasachstan
Lithuania|Lituania|Lituanie|Litauen
Latvia|Letonia|Lettonia|Lettonie|Lettland
Estonia|Estonie|Estland
Turkey|Türkiye|Turquía|Turchia|Turquie|Türkei|Turecko|تركيا|טורקיה|तुर्की|Τουρκία|Τουρκίας|Турция
Iran|Irán|Persia|Ιράν|Írán|Íránu|Иран|Ирана|إيران|איראן|ईरान|इरान
Iraq|Irak|Ιράκ|Irák|Iráku|Ирак|العراق|עיראק|इराक|ईराक
Israel|Israele|Israël|Ισραήλ|Izrael|Izraele|Израиль|إسرائيل|ישראל|इज़राइल|इजराइल
Palestine|Palestina
Syria|Siria|Syrie|Syrien|Sýrie|سوريا|סוריה|सीरिया|Συρία|Συρίας|Сирия
Lebanon|Líbano|Libano|Liban|Libanon
Jordan|Jordania|Giordania|Jordanie|Jordanien
Egypt|Egipto|Egitto|Égypte|Ägypten|مصر|מצרים|मिस्र|Αίγυπτος|Αιγύπτου|Египет
Saudi Arabia|Arabia Saudita|Arabie saoudite|Saudi-Arabien|Saúdská Arábie
Qatar|Katar
Yemen|Jemen
Afghanistan|Afganistán|Αφγανιστάν|Afghánistán|Афганистан|أفغانستان|אפגניסטן|अफ़गानिस्तान|अफगानिस्तान
Pakistan|Pakistán|Πακιστάν|Pákistán|Пакистан|باكستان|פקיסטן|पाकिस्तान
India|Inde|Indien|Ινδία|Ινδίας|Индия|Индии|الهند|भारत|Indie
China|Cina|Chine|Κίνα|Κίνας|Čína|Číny|Číně|Čínu|Китай|Китая|الصين|סין|चीन
Taiwan|Taiwán|Ταϊβάν|Tchaj-wan|Тайвань|تايوان|טאיוואן|ताइवान
Japan|Japón|Giappone|Japon|Ιαπωνία|Ιαπωνίας|Japonsko|Japonska|Япония|Японии|اليابان|יפן|जापान
North Korea|Corea del Norte|Corea del Nord|Corée du Nord|Nordkorea|Severní Korea
South Korea|Corea del Sur|Corea del Sud|Corée du Sud|Südkorea|Jižní Korea
Korea|Corea|Corée
Vietnam|Viet Nam
Indonesia|Indonésie|Indonesien|إندونيسيا|אינדונזיה|इंडोनेशिया|Ινδονησία|Ινδονησίας|Индонезия
Canada|Canadá|Kanada|كندا|קנדה|कनाडा|Καναδάς|Καναδά|Канада
Mexico|México|Messico|Mexique|Mexiko
Brazil|Brasil|Brasile|Brésil|Brasilien|Βραζιλία|Βραζιλίας|Brazílie|Бразилия|البرازيل|ברזיל|ब्राज़ील|ब्राजील
Argentina|Argentine|Argentinien
Venezuela
Cuba|Kuba
Chile|Cile|Chili|Χιλή|Χιλής|Чили|تشيلي|צ'ילה|चिली
Colombia|Colombie|Kolumbien|Kolumbie
South Africa|Sudáfrica|Sudafrica|Afrique du Sud|Südafrika|Jižní Afrika|Jihoafrická republika
Nigeria
Ethiopia|Etiopía|Etiopia|Éthiopie|Äthiopien
Sudan|Soudan|Súdán
Libya|Libia|Libye|Libyen
Mali
Niger
Algeria|Argelia|Algérie|Algerien
Morocco|Marruecos|Marocco|Maroc|Marokko
Tunisia|Túnez|Tunisie|Tunesien
St. Petersburg|Saint Petersburg|St Petersburg|San Petersburgo|San Pietroburgo|Saint-Pétersbourg|Sankt Petersburg
Chicago
Los Angeles
San Francisco
Miami|Μαϊάμι|ميامي|מיאמי|मियामी
Boston
Texas
California|Californie|Kalifornie
Florida
Milan|Milano|Mailand
Munich|Múnich|Monaco di Baviera|München
Hamburg|Hamburgo|Amburgo|Hambourg
Barcelona|Barcellona|Barcelone
Sochi
Siberia|Sibérie|Sibirien
Chechnya|Chechenia|Cecenia|Tchétchénie|Tschetschenien
Baltic|Baltics
Balkans
Caucasus
Black Sea|Mar Negro|Mar Nero|Mer Noire|Schwarzes Meer
Mediterranean
Vatican|Vaticano|Vatican City
`

// worldPlaceList completes placeList with the rest of the world's
// countries, capitals and large cities, the US states and a few regions
// that news names often. Names that are also common given names (Chad,
// Virginia, Austin, Alexandria, Charlotte, Orlando) are left out: a bare
// "Chad" is more often a person in English news than the country.
const worldPlaceList = `
Albania|Albanie|Albanien
Andorra
Angola
Bahrain
Bangladesh
Bolivia|Bolivie|Bolivien
Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina
Botswana
Brunei
Burkina Faso
Burundi
Benin
Bhutan
Belize
Bahamas|The Bahamas
Barbados
Cambodia|Cambodge|Camboya|Kambodscha
Cameroon|Cameroun|Kamerun
Cape Verde|Cabo Verde
Central African Republic
Comoros
Costa Rica
Cyprus|Chypre|Chipre|Zypern
Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|Congo-Kinshasa
Republic of the Congo|Congo-Brazzaville
Congo
Djibouti
Dominican Republic|République dominicaine|República Dominicana|Repubblica Dominicana|Dominikanische Republik|Dominikánská republika|Δομινικανή Δημοκρατία|Δομινικανής Δημοκρατίας|جمهورية الدومينيكان|הרפובליקה הדומיניקנית
Ecuador|Équateur
El Salvador
Equatorial Guinea
Eritrea
Eswatini|Swaziland
Fiji
Gabon
Gambia|The Gambia
Ghana
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti|Haïti|Αϊτή|Αϊτής|Гаити|هايتي|האיטי|हैती
Honduras
Iceland|Islande|Islandia|Island
Ireland|Republic of Ireland|Irlande|Irlanda|Irland
Ivory Coast|Côte d'Ivoire|Cote d'Ivoire
Jamaica|Jamajka|Jamaïque
Kenya|Kenia|Keňa|كينيا|קניה|केन्या|Κένυα|Кения
Kosovo
Kuwait
Kyrgyzstan|Kirghizia
Laos
Lesotho
Liberia
Liechtenstein
Luxembourg|Luxemburg|Luxemburgo
Madagascar
Malawi
Malaysia|Malaisie|Malasia|Malajsie|ماليزيا|מלזיה|मलेशिया|Μαλαισία|Малайзия
Maldives
Malta|Malte
Mauritania
Mauritius
Monaco
Mongolia|Mongolie|Mongolei
Montenegro
Mozambique|Mosambik
Myanmar|Burma
Namibia
Nepal|Népal
New Zealand|Nouvelle-Zélande|Nueva Zelanda|Neuseeland|Nový Zéland
Nicaragua
North Macedonia|Macedonia
Oman
Panama|Panamá
Papua New Guinea
Paraguay
Peru|Pérou|Perú
Philippines|Filipinas|Philippinen
Rwanda|Ruanda
San Marino
Senegal|Sénégal
Sierra Leone
Singapore|Singapour|Singapur
Slovenia|Slovénie|Eslovenia|Slowenien
Somalia|Somalie|الصومال|סומליה|सोमालिया|Σομαλία|Сомали
South Sudan
Sri Lanka|Srí Lanka|سريلانكا|سري لانكا|סרי לנקה|श्रीलंका|श्री लंका|Σρι Λάνκα|Шри-Ланка
Suriname
Tajikistan
Tanzania|Tanzanie
Thailand|Thaïlande|Tailandia|Thajsko|تايلاند|תאילנד|थाईलैंड|Ταϊλάνδη|Таиланд
Timor-Leste|East Timor
Togo
Trinidad and Tobago
Turkmenistan
Uganda|Ouganda
United Arab Emirates|UAE|U.A.E.|Emirates
Uruguay
Uzbekistan|Ouzbékistan
Zambia|Zambie|Sambia
Zimbabwe
Greenland|Groenland|Grönland
Puerto Rico
Bali|بالي|באלי|बाली|Μπαλί
Sumatra|Sumatera
Borneo
Hong Kong
Macau|Macao
Western Sahara
Kabul
Tirana
Algiers|Alger
Buenos Aires
Yerevan|Erevan|Eriwan
Canberra
Baku
Manama
Dhaka
Brasília|Brasilia
Sofia
Phnom Penh
Ottawa
Santiago
Bogotá|Bogota
Havana|La Habana
Nicosia
Copenhagen|Copenhague|Kopenhagen|København
Quito
Addis Ababa
Helsinki
Tbilisi
Athens|Athènes|Atenas|Athen
Budapest
Reykjavik|Reykjavík
Jakarta
Dublin
Amman
Astana|Nur-Sultan
Nairobi
Bishkek
Riga
Beirut|Beyrouth
Tripoli
Vilnius
Kuala Lumpur
Valletta
Mexico City|Ciudad de México
Chisinau|Chișinău
Ulaanbaatar|Ulan Bator
Rabat
Maputo
Kathmandu
Amsterdam
The Hague|Den Haag|La Haye
Wellington
Managua
Abuja
Lagos
Pyongyang
Skopje
Oslo
Muscat
Islamabad
Karachi
Lahore
Lima
Manila
Lisbon|Lisboa|Lisbonne|Lissabon
Bucharest|Bucarest|Bukarest
Kigali
Dakar
Belgrade|Belgrado
Bratislava
Ljubljana
Mogadishu
Pretoria
Johannesburg
Cape Town
Seoul|Séoul|Seúl
Juba
Colombo
Khartoum|Jartum|Khartum
Stockholm|Estocolmo
Bern|Berne
Taipei
Dushanbe
Dar es Salaam
Bangkok
Tunis
Ashgabat
Kampala
Abu Dhabi
Montevideo
Tashkent
Caracas
Hanoi
Ho Chi Minh City|Saigon
Sanaa|Sana'a
Lusaka
Harare
Tallinn
Zagreb
Sarajevo
Pristina|Prishtina
Bamako
Niamey
Shanghai
Mumbai|Bombay
Kolkata|Calcutta
Chennai|Madras
Bangalore|Bengaluru
Osaka
Sydney
Toronto
Montreal|Montréal
Vancouver
São Paulo|Sao Paulo
Rio de Janeiro
Lyon
Marseille
Frankfurt|Francfort
Cologne|Köln
Naples|Napoli
Venice|Venezia|Venise
Florence|Firenze
Turin|Torino
Zurich|Zürich
Manchester
Birmingham
Edinburgh
Glasgow
Belfast
Cardiff
Tel Aviv
Haifa
Mecca|Makkah
Basra
Mosul
Aleppo|Alep
Idlib
Homs
Kandahar
Herat
Benghazi
Casablanca
Seattle
Houston
Dallas
Atlanta
Philadelphia
Detroit
Denver
Las Vegas
Phoenix
New Orleans
Baltimore
Pittsburgh
Minneapolis
St. Louis|Saint Louis
Kansas City
Sacramento
San Diego
Portland
Alabama
Alaska|Aljaška|ألاسكا|אלסקה|अलास्का|Αλάσκα|Аляска
Arizona
Arkansas
Colorado
Connecticut
Delaware
Hawaii|Χαβάη|Χαβάης|هاواي|הוואי|हवाई
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Utah
Vermont
West Virginia
Wisconsin
Wyoming
Ontario
Quebec|Québec
British Columbia
Scotland|Écosse|Escocia|Schottland
Wales|Pays de Galles|Gales|Galles
Cornwall|Cornouailles
England|Angleterre|Inglaterra
Northern Ireland
Bavaria|Bayern|Bavière
Catalonia|Catalunya|Cataluña|Catalogne
Andalusia|Andalucía
Sicily|Sicilia|Sicile
Sardinia|Sardegna
Lombardy|Lombardia
Tuscany|Toscana
Normandy|Normandie
Provence
Corsica|Corse
Tibet
Xinjiang
Kashmir
Punjab
Kurdistan
West Bank|Cisjordanie|Cisjordania|Westjordanland
Golan Heights
Sinai
Darfur
Tigray
`

const orgList = `
Council on Foreign Relations|CFR
North Atlantic Treaty Organization|NATO|OTAN|Nato|North Atlantic Alliance|ΝΑΤΟ|НАТО|الناتو|حلف الناتو|حلف شمال الأطلسي|נאט"ו|नाटो
United Nations|UN|U.N.|ONU|Naciones Unidas|Nazioni Unite|Nations unies|Vereinte Nationen|ΟΗΕ|Ηνωμένα Έθνη|Ηνωμένων Εθνών|OSN|Organizace spojených národů|ООН|الأمم المتحدة|האו"ם|संयुक्त राष्ट्र|Οργανισμός Ηνωμένων Εθνών|Οργανισμού Ηνωμένων Εθνών|האומות המאוחדות|או"ם
European Union|EU|E.U.|UE|Unión Europea|Unione Europea|Union européenne|Europäische Union|ΕΕ|Ευρωπαϊκή Ένωση|Ευρωπαϊκής Ένωσης|Evropská unie|Evropské unie|Евросоюз|Европейский союз|الاتحاد الأوروبي|האיחוד האירופי|यूरोपीय संघ
Central Intelligence Agency|CIA
Airbus|إيرباص|ايرباص|איירבוס|एयरबस|Έρμπας
Boeing|بوينغ|بوينج|בואינג|बोइंग|Μπόινγκ
United States Geological Survey|USGS|US Geological Survey|U.S. Geological Survey|Αμερικανική Γεωλογική Υπηρεσία
World Food Programme|World Food Program|WFP|Programme alimentaire mondial|Programa Mundial de Alimentos|Programma alimentare mondiale|Welternährungsprogramm|Světový potravinový program|Παγκόσμιο Πρόγραμμα Σίτισης
Greenpeace
World Wide Fund for Nature|World Wildlife Fund|WWF
Oxfam|Oxfam International
Red Crescent|Croissant-Rouge|Media Luna Roja|Mezzaluna Rossa|Roter Halbmond|Červený půlměsíc|Ερυθρά Ημισέληνος|Красный Полумесяц|الهلال الأحمر
Red Cross|Croix-Rouge|Cruz Roja|Croce Rossa|Rotes Kreuz|Červený kříž|Ερυθρός Σταυρός|Красный Крест|الصليب الأحمر|הצלב האדום
International Committee of the Red Cross|ICRC|CICR|Comité international de la Croix-Rouge|Comité Internacional de la Cruz Roja|Internationales Komitee vom Roten Kreuz|Mezinárodní výbor Červeného kříže
World Health Organization|WHO|OMS|Organisation mondiale de la santé|Organización Mundial de la Salud|Organizzazione mondiale della sanità|Weltgesundheitsorganisation|Světová zdravotnická organizace|Παγκόσμιος Οργανισμός Υγείας|ΠΟΥ|Всемирная организация здравоохранения|ВОЗ|منظمة الصحة العالمية
World Trade Organization|WTO|OMC|Organisation mondiale du commerce|Organización Mundial del Comercio|Organizzazione mondiale del commercio|Welthandelsorganisation|Světová obchodní organizace
United Nations Security Council|UN Security Council|U.N. Security Council|UNSC|Conseil de sécurité de l'ONU|Conseil de sécurité des Nations unies|Consejo de Seguridad de la ONU|Consiglio di sicurezza dell'ONU|UN-Sicherheitsrat|Rada bezpečnosti OSN
United Nations Children's Fund|UNICEF|Unicef
UNESCO|Unesco
United Nations High Commissioner for Refugees|UNHCR|HCR
Intergovernmental Panel on Climate Change|IPCC|GIEC
International Olympic Committee|IOC|Comité international olympique|Comité Olímpico Internacional|Comitato Olimpico Internazionale|Internationales Olympisches Komitee|Mezinárodní olympijský výbor
European Central Bank|ECB|Banque centrale européenne|Banco Central Europeo|Banca centrale europea|Europäische Zentralbank|EZB|Evropská centrální banka
Amnesty International|Amnistía Internacional|Amnistia Internazionale
Human Rights Watch|HRW
Doctors Without Borders|Médecins Sans Frontières|MSF|Médicos Sin Fronteras|Medici Senza Frontiere|Ärzte ohne Grenzen|Lékaři bez hranic
Foreign Office|Foreign and Commonwealth Office|FCO
Federal Bureau of Investigation|FBI
National Security Agency|NSA
National Security Council|NSC
State Department|Department of State|US State Department|Département d'État|département d'État|Departamento de Estado|Dipartimento di Stato|US-Außenministerium|ministerstvo zahraničí USA
Pentagon|Department of Defense|Defense Department|DoD
White House|Casa Blanca|Casa Bianca|Maison Blanche|Weißes Haus|Λευκός Οίκος|Λευκού Οίκου|Λευκό Οίκο|Bílý dům|Bílého domu|Белый дом|البيت الأبيض|הבית הלבן|व्हाइट हाउस
Kremlin|Cremlino|Kreml
Congress|US Congress|U.S. Congress
House of Representatives|U.S. House of Representatives|US House of Representatives
House of Lords|Chambre des lords|Cámara de los Lores|Sněmovna lordů
House of Commons|Chambre des communes|Cámara de los Comunes|Dolní sněmovna
Wagner Group|Wagner PMC|PMC Wagner
International Monetary Fund|IMF|FMI
World Bank|Banco Mundial|Banca Mondiale|Banque mondiale|Weltbank|Παγκόσμια Τράπεζα|Παγκόσμιας Τράπεζας|Světová banka|Всемирный банк|البنك الدولي|הבנק העולמי|विश्व बैंक
International Criminal Court|ICC
Organization for Security and Co-operation in Europe|OSCE
Group of Seven|G7
Group of Twenty|G20
Hamas
Hezbollah|Hizbollah|Hisbollah
Taliban
Houthis|Houthi|Ansar Allah
Islamic State|ISIS|ISIL|Daesh
Al-Qaeda|al-Qaeda|Al Qaeda
Israel Defense Forces|IDF
European Commission|Commission européenne|Comisión Europea|Commissione europea|Europäische Kommission|Evropská komise|Ευρωπαϊκή Επιτροπή|Ευρωπαϊκής Επιτροπής|Еврокомиссия|المفوضية الأوروبية|הנציבות האירופית|यूरोपीय आयोग
NBC News|NBC
CNN|سي إن إن|סי-אן-אן|सीएनएन
BBC|BBC News|بي بي سي|هيئة الإذاعة البريطانية|בי-בי-סי|बीबीसी
Fox News|Fox News Digital
CBS News|CBS
ABC News|ABC
Reuters|رويترز|רויטרס|रॉयटर्स|रायटर्स|Ρόιτερς|Рейтер
Associated Press|AP|أسوشيتد برس|اسوشيتد برس|סוכנות הידיעות אסושייטד פרס|एसोसिएटेड प्रेस
Agence France-Presse|AFP|فرانس برس|وكالة فرانس برس|סוכנות הידיעות הצרפתית|एजेंस फ्रांस प्रेस|Γαλλικό Πρακτορείο
Tass|TASS|ITAR-TASS
RIA Novosti|RIA
Interfax
Bloomberg|Bloomberg News
The New York Times|New York Times|NYT
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal|WSJ
The Guardian|Guardian
Financial Times|FT
Politico
Axios
Al Jazeera|Aljazeera|الجزيرة|قناة الجزيرة|אל-ג'זירה|אל ג'זירה|अल जज़ीरा|अल जजीरा|Αλ Τζαζίρα
El Diario|eldiario.es
El País|El Pais
Corriere della Sera
La Repubblica|Repubblica
ANSA
Le Monde
Le Parisien
Le Figaro|Figaro
Der Spiegel|Spiegel
`

// gazEntry is one gazetteer entity.
type gazEntry struct {
	Name, Kind string
	// Acronym is set when every spelling folding to this key is written
	// in capitals (UN, U.N.): "Un" opening a French sentence is the
	// article, not the United Nations.
	Acronym bool
}

// gazLowerWords are the words that Latin gazetteer names of several words
// write in lower case: French, Spanish, Italian and Czech capitalise only
// a name's first or main word ("Nations unies", "océan Indien", "Spojené
// státy"), so the capitalised run stops short of the name and gazAround
// extends it over them.
var gazLowerWords = func() map[string]bool {
	out := map[string]bool{}
	eachAlias(func(n, _, _ string) {
		if !latinName(n) || !strings.ContainsAny(n, " -") {
			return
		}
		for _, w := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' }) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !ofLike[fold(w)] && !particles[fold(w)] {
				out[fold(w)] = true
			}
		}
	})
	return out
}()

// eachAlias calls fn with every alias of the gazetteer lists, trimmed,
// its entity's canonical name and kind.
func eachAlias(fn func(alias, canonical, kind string)) {
	for _, l := range []struct{ list, kind string }{
		{placeList, news.KindPlace}, {worldPlaceList, news.KindPlace}, {orgList, news.KindOrg},
	} {
		for _, line := range strings.Split(l.list, "\n") {
			if line = strings.TrimSpace(line); line == "" {
				continue
			}
			names := strings.Split(line, "|")
			for _, n := range names {
				fn(n, names[0], l.kind)
			}
		}
	}
}

// gazetteer maps the folded spelling of every alias in Latin letters to
// its entity; scriptGazetteer maps the others (Κίνα, Китай, الصين),
// lower-cased but not transliterated: folded, ΗΠΑ would be "ipa" and Latin
// text's IPA the United States.
var gazetteer, scriptGazetteer = buildGazetteer()

// scriptGazFirst holds the folded first words of the gazetteer's names in
// other scripts, so that span building looks a name up (normalising it,
// see scriptKey) only when it can be one.
var scriptGazFirst = func() map[string]bool {
	m := map[string]bool{}
	eachAlias(func(n, _, _ string) {
		if f := strings.Fields(n); len(f) > 0 && !latinName(n) {
			m[fold(f[0])] = true
		}
	})
	return m
}()

// scriptGazFirstKey holds the scriptKey of the first word of each
// gazetteer name in another script than Latin (see gazCanStart).
var scriptGazFirstKey = func() map[string]bool {
	m := map[string]bool{}
	for k := range scriptGazetteer {
		// Words as anchoredItems splits them: "ארה"ב" is two.
		if ws := textWords(k); len(ws) > 0 {
			m[scriptKey(k[ws[0].start:ws[0].end])] = true
		}
	}
	return m
}()

// gazScript looks a name in another script than Latin up.
func gazScript(name string) (gazEntry, bool) {
	e, ok := scriptGazetteer[scriptKey(name)]
	return e, ok
}

func scriptKey(name string) string {
	name = strings.ToLower(strings.Join(strings.Fields(name), " "))
	if latinName(name) {
		return name
	}
	return scriptFold.Replace(norm.NFD.String(name))
}

// scriptFold drops the marks that writers of Arabic, Hebrew and
// Devanagari use or leave out at will (vowel points, the nukta of
// इराक़, the tatweel that stretches a word) and writes Arabic's alef
// with hamza or madda as a bare alef (أ, إ, آ → ا; NFD splits the marks
// off, to be dropped wherever they sit): "ايران" and "إيران"
// are one spelling of Iran. Greek's accents go too, which capitals drop
// (ΕΥΡΩΠΗ, Ευρώπη), and Cyrillic's diaeresis (ё).
var scriptFold = strings.NewReplacer(
	"\u0301", "", "\u0308", "",
	"\u093c", "", // Devanagari nukta
	"\u0640", "", // Arabic tatweel
	"\u064b", "", "\u064c", "", "\u064d", "", "\u064e", "", "\u064f", "", "\u0650", "", "\u0651", "", "\u0652", "",
	"\u0653", "", "\u0654", "", "\u0655", "", // madda and hamza, split off by NFD
	"\u05b0", "", "\u05b1", "", "\u05b2", "", "\u05b3", "", "\u05b4", "", "\u05b5", "", "\u05b6", "", "\u05b7", "", "\u05b8", "", "\u05b9", "", "\u05bb", "", "\u05bc", "", "\u05c1", "", "\u05c2", "",
)

func buildGazetteer() (map[string]gazEntry, map[string]gazEntry) {
	m := make(map[string]gazEntry)
	scripts := make(map[string]gazEntry)
	eachAlias(func(n, canonical, kind string) {
		if !latinName(n) {
			if _, dup := scripts[scriptKey(n)]; !dup {
				scripts[scriptKey(n)] = gazEntry{Name: canonical, Kind: kind}
			}
			return
		}
		keys := []string{fold(n)}
		if strings.ContainsAny(n, "'’") {
			// Mentions split an elided article off ("Côte d'Ivoire" is
			// Côte, d, Ivoire), so the name is also keyed by its words;
			// fold alone would join them ("divoire").
			keys = append(keys, fold(strings.NewReplacer("'", " ", "’", " ").Replace(n)))
		}
		for _, k := range keys {
			e, dup := m[k]
			if !dup {
				m[k] = gazEntry{Name: canonical, Kind: kind, Acronym: isAllCaps(n)}
			} else if e.Acronym && !isAllCaps(n) {
				e.Acronym = false
				m[k] = e
			}
		}
	})
	// "New York Times" finds "The New York Times" without a second lookup.
	for k, e := range m {
		if rest, ok := strings.CutPrefix(k, "the "); ok {
			if _, dup := m[rest]; !dup {
				m[rest] = e
			}
		}
	}
	return m, scripts
}

// czechEndings are the case endings of Czech and Slovak nouns and
// adjectives, on folded words, each with the nominative endings it may
// stand for: "Velké Británii" is Velká Británie, "Švédsku" Švédsko,
// "Římě" Řím, "Aljašce" Aljaška. The gazetteer lists nominatives; a
// name's other cases are tried against it (gazDeclined), where a stemmer
// would cut Británie and Británii to different stems.
var czechEndings = []struct{ end, nom []string }{
	{[]string{"ii", "ie"}, []string{"ie"}},
	{[]string{"ce"}, []string{"ka"}},
	{[]string{"re"}, []string{"ra"}},
	{[]string{"ou"}, []string{"a"}},
	{[]string{"em"}, []string{"", "o"}},
	{[]string{"e"}, []string{"a", "", "o"}},
	{[]string{"y"}, []string{"a", ""}},
	{[]string{"u"}, []string{"o", "a", ""}},
	{[]string{"a"}, []string{"", "o"}},
	{[]string{"i"}, []string{"a", "e"}},
}

// gazDeclined looks a Czech or Slovak name of up to three words up in
// the gazetteer with each word put back in the nominative.
func gazDeclined(name string) (gazEntry, bool) {
	words := strings.Fields(fold(name))
	if len(words) == 0 || len(words) > 3 {
		return gazEntry{}, false
	}
	forms := make([][]string, len(words))
	for i, w := range words {
		forms[i] = []string{w}
		for _, e := range czechEndings {
			for _, end := range e.end {
				stem, ok := strings.CutSuffix(w, end)
				if !ok || len(stem) < 3 {
					continue
				}
				for _, n := range e.nom {
					forms[i] = append(forms[i], stem+n)
				}
			}
		}
	}
	var try func(i int, sofar []string) (gazEntry, bool)
	try = func(i int, sofar []string) (gazEntry, bool) {
		if i == len(forms) {
			e, ok := gazetteer[strings.Join(sofar, " ")]
			return e, ok && !e.Acronym
		}
		for _, f := range forms[i] {
			if e, ok := try(i+1, append(sofar, f)); ok {
				return e, true
			}
		}
		return gazEntry{}, false
	}
	return try(0, make([]string, 0, len(words)))
}
