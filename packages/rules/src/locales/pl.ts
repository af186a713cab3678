import type { Messages } from "./nb.ts";

export const pl = {
  determinations: {
    idNumberType: {
      title: "Norweski numer identyfikacyjny",
      fodselsnummer:
        "Zamieszkasz w Norwegii na {months} miesięcy lub dłużej. Gdy zgłosisz przeprowadzkę i zostaniesz zarejestrowany jako mieszkaniec, dostaniesz norweski numer identyfikacyjny (fødselsnummer).",
      dNumberShortStay: "Będziesz w Norwegii krócej niż {months} miesięcy. Dostaniesz numer D (d-nummer). To tymczasowy numer identyfikacyjny.",
      dNumberAsylumSeeker: "Dopóki Twój wniosek o ochronę jest rozpatrywany, dostajesz numer D (d-nummer). To tymczasowy numer identyfikacyjny.",
    },
    eeaRegistration: {
      title: "Rejestracja na policji (UE/EOG)",
      required: "Jesteś obywatelem UE/EOG i będziesz w Norwegii dłużej niż {months} miesiące. Musisz zarejestrować się na policji do {deadline}.",
      shortStay: "Będziesz w Norwegii {months} miesiące lub krócej. Nie musisz rejestrować się na policji.",
      nordic: "Obywatele krajów nordyckich nie rejestrują się na policji. Przeprowadzkę zgłaszasz w urzędzie skarbowym (Skatteetaten).",
      familyNotEeaCitizen:
        "Jesteś członkiem rodziny obywatela UE/EOG, ale sam nie jesteś obywatelem UE/EOG. Nie rejestrujesz się. Zamiast tego składasz w UDI wniosek o kartę pobytu.",
      notEea: "System rejestracji dotyczy tylko obywateli UE/EOG i ich rodzin. Potrzebujesz zamiast tego zezwolenia na pobyt.",
    },
    norwegianTraining: {
      title: "Nauka norweskiego i wiedzy o społeczeństwie",
      rightAndDuty: "Masz prawo i obowiązek uczestniczyć w bezpłatnej nauce norweskiego i wiedzy o społeczeństwie.",
      dutyOnly: "Masz obowiązek uczyć się norweskiego i wiedzy o społeczeństwie. Za naukę płacisz sam.",
      collectiveProtection:
        "Masz prawo do bezpłatnej nauki norweskiego przez rok od rozpoczęcia nauki, ale nie masz takiego obowiązku. Wiedza o społeczeństwie nie jest częścią tymczasowych przepisów dla osób przesiedlonych z Ukrainy.",
      asylumSeeker: "Mieszkanie w ośrodku dla osób ubiegających się o azyl jest dobrowolne. Osoby ubiegające się o azyl w wieku od {min} lat, które mieszkają w ośrodku, mają obowiązek uczestniczyć w nauce norweskiego i wiedzy o społeczeństwie. Nauka jest bezpłatna.",
      notCoveredEea:
        "Ustawa o integracji nie obejmuje obywateli UE/EOG ani krajów nordyckich. Nie masz prawa do bezpłatnej nauki, ale możesz uczyć się norweskiego na kursach, w internecie i w kawiarenkach językowych.",
      noRight: "Twój rodzaj pobytu nie daje prawa ani obowiązku nauki norweskiego. Możesz jednak uczyć się norweskiego na kursach, w internecie i w kawiarenkach językowych.",
      outsideAge: "To prawo i obowiązek dotyczą tylko osób w wieku od {min} do {max} lat.",
    },
    introductionProgramme: {
      title: "Program wprowadzający",
      rightAndDuty: "Jesteś uchodźcą lub członkiem rodziny uchodźcy i masz od {min} do {max} lat. Masz prawo i obowiązek uczestniczyć w programie wprowadzającym.",
      collectiveProtection:
        "Masz ochronę zbiorową. Masz prawo uczestniczyć w programie wprowadzającym, ale nie masz takiego obowiązku. Program może być w niepełnym wymiarze.",
      collectiveProtectionRightAndDuty:
        "Masz ochronę zbiorową i masz od {min} do {max} lat. Tymczasowe przepisy już nie obowiązują, więc masz prawo i obowiązek uczestniczyć w programie wprowadzającym.",
      familyDependsOnApplication:
        "Gdy przyjechałeś, członek Twojej rodziny mieszkał w Norwegii {years} lat lub dłużej. Liczy się to, kiedy złożyliście wniosek o łączenie rodzin. Jeśli przed {date}, masz prawo i obowiązek uczestniczyć w programie wprowadzającym. Jeśli później, masz tylko prawo i obowiązek nauki norweskiego.",
      familyDateMissing:
        "Nie wiemy, kiedy członek Twojej rodziny zamieszkał w gminie w Norwegii. Dodaj tę datę, a sprawdzimy, czy masz prawo do programu wprowadzającego.",
      outsideAge: "Program wprowadzający jest dla osób w wieku od {min} do {max} lat.",
      over55: "Prawo i obowiązek dotyczą osób w wieku od {min} do {max} lat. Gmina może jednak zaproponować Ci program wprowadzający. Zapytaj w gminie.",
      asylumSeeker: "Nie możesz uczestniczyć, dopóki czekasz na odpowiedź na wniosek o ochronę. Prawo może się pojawić, gdy dostaniesz pozwolenie na pobyt i zamieszkasz w gminie.",
      notCovered: "Program wprowadzający jest dla uchodźców i ich rodzin. Nie dotyczy Twojego rodzaju pobytu.",
    },
    regularGp: {
      title: "Lekarz rodzinny (fastlege)",
      registeredResident: "Zostaniesz zarejestrowany jako mieszkaniec Norwegii. Wtedy masz prawo do lekarza rodzinnego (fastlege).",
      asylumSeeker: "Osoby ubiegające się o azyl i ich rodziny mają prawo do lekarza rodzinnego (fastlege).",
      notResident: "Mając tylko numer D, zwykle nie masz prawa do lekarza rodzinnego. Możesz korzystać z pogotowia lekarskiego (legevakt) lub z prywatnego lekarza.",
    },
    localVote: {
      title: "Prawo głosu w wyborach do rad gmin i okręgów",
      afterYears: "Cudzoziemcy mogą głosować w wyborach lokalnych, gdy są zarejestrowani jako mieszkańcy Norwegii od {years} lat. W Twoim przypadku od {date}.",
      nordic: "Obywatele krajów nordyckich mogą głosować w wyborach lokalnych, jeśli są zarejestrowani jako mieszkańcy Norwegii najpóźniej {cutoff} w roku wyborów. W Twoim przypadku od {date}.",
      nordicAfterCutoff:
        "Obywatele krajów nordyckich mogą głosować w wyborach lokalnych, jeśli są zarejestrowani jako mieszkańcy Norwegii najpóźniej {cutoff} w roku wyborów. Przyjechałeś po {cutoff}, więc nie możesz głosować w wyborach lokalnych w tym roku. W Twoim przypadku od {date}.",
      stayEndsFirst: "Możesz głosować w wyborach lokalnych, gdy jesteś zarejestrowany jako mieszkaniec Norwegii od {years} lat. Twój planowany pobyt kończy się wcześniej.",
      notResident: "W wyborach lokalnych mogą głosować tylko osoby zarejestrowane jako mieszkańcy Norwegii. Z numerem D lub jako osoba ubiegająca się o azyl nie jesteś tak zarejestrowany.",
    },
    children: {
      title: "Szkoła dla dzieci i młodzieży",
      summary:
        "Dzieci w wieku od {schoolMin} do {schoolMax} lat, które będą w Norwegii dłużej niż {months} miesiące, mają prawo i obowiązek chodzić do szkoły. Młodzież w wieku od {upperMin} do {upperMax} lat ma prawo do szkoły średniej.",
      none: "Nie dodałeś żadnych dzieci.",
    },
  },
  ruleChecks: {
    endUnconfirmed: "Zgodnie z ustawą ta zasada miała obowiązywać do {date}. Sprawdzamy, czy została przedłużona. Dopóki tego nie wiemy, pokazujemy zasadę, która obowiązywała ostatnio. Sprawdź źródło: {source}.",
    reviewOverdue: "Tę zasadę ostatnio sprawdzono {lastReviewed}. Sprawdzamy ją ponownie. Sprawdź źródło: {source}.",
  },
  steps: {
    "welcome-meeting": {
      title: "Przyjdź na spotkanie powitalne",
      why: "Wiele gmin organizuje spotkania powitalne i ma miejsca, gdzie nowi mieszkańcy dostają pomoc i informacje. Zapytaj w gminie, co oferuje.",
      documents: [],
    },
    "apply-residence-permit": {
      title: "Złóż wniosek o zezwolenie na pobyt",
      why: "Aby mieszkać i pracować w Norwegii, potrzebujesz zezwolenia na pobyt (lub karty pobytu) z UDI. Zasadniczo zezwolenie musi być wydane przed przyjazdem do Norwegii, ale niektórzy mogą złożyć wniosek na miejscu. Nie możesz zacząć pracy przed otrzymaniem odpowiedzi. Potem pokażesz dokument tożsamości na policji.",
      documents: ["Paszport", "Zdjęcie paszportowe", "Umowa o pracę, miejsce na studiach lub dokumenty rodzinne, zależnie od wniosku"],
    },
    "eea-registration": {
      title: "Zarejestruj się na policji",
      why: "Zarejestruj się przez internet i umów wizytę na policji. Zrób to do {deadline}. Wtedy dostaniesz zaświadczenie o rejestracji.",
      documents: ["Paszport lub dowód osobisty", "Umowa o pracę albo dokumenty o studiach lub własnych środkach"],
    },
    "report-move": {
      title: "Zgłoś przeprowadzkę do Norwegii",
      why: "Zamieszkasz w Norwegii na {months} miesięcy lub dłużej. Zgłoś przeprowadzkę w urzędzie skarbowym (Skatteetaten) do {deadline}.",
      documents: ["Paszport lub dowód osobisty", "Umowa najmu lub inny dowód, gdzie mieszkasz", "Umowa o pracę", "Zaświadczenie o rejestracji z policji (obywatele UE/EOG)"],
    },
    "id-check-tax-office": {
      title: "Pokaż dokument tożsamości w urzędzie skarbowym",
      why: "Aby dostać norweski numer identyfikacyjny, musisz pokazać paszport lub dowód osobisty w urzędzie skarbowym. Najpierw umów wizytę.",
      documents: ["Paszport lub dowód osobisty", "Zaświadczenie o rejestracji z policji (obywatele UE/EOG)", "Umowa o pracę"],
    },
    "national-insurance-health": {
      title: "Dowiedz się, jak działa opieka zdrowotna",
      why: "Każdy może dostać pilną pomoc w pogotowiu lekarskim (legevakt), tel. 116 117. Dzwoń pod 113, jeśli czyjeś życie jest w niebezpieczeństwie. Na helsenorge.no znajdziesz informacje, jak działa opieka zdrowotna w Norwegii.",
      documents: [],
    },
    "tax-deduction-card": {
      title: "Załatw kartę podatkową",
      why: "Kartę podatkową (skattekort) potrzebujesz, zanim dostaniesz wypłatę. Bez niej pracodawca musi pobrać wysoki podatek.",
      documents: ["Norweski numer identyfikacyjny (fødselsnummer lub numer D)", "Umowa o pracę"],
    },
    "bank-account": {
      title: "Otwórz konto w banku",
      why: "Norweskie konto bankowe jest potrzebne do wypłaty i płacenia rachunków. Wiele banków wymaga norweskiego numeru identyfikacyjnego. Niektóre banki nie otwierają kont osobom, które mają tylko numer D.",
      documents: ["Paszport", "List z norweskim numerem identyfikacyjnym", "Umowa o pracę", "Umowa najmu"],
    },
    "electronic-id": {
      title: "Załatw elektroniczny identyfikator",
      why: "Z elektronicznym identyfikatorem możesz korzystać z usług publicznych przez internet. BankID dostaniesz w banku. Alternatywą jest MinID, ale daje dostęp do mniejszej liczby usług.",
      documents: ["Paszport", "Norweski numer identyfikacyjny", "Norweskie konto bankowe (do BankID)"],
    },
    "regular-gp": {
      title: "Wybierz lekarza rodzinnego",
      why: "Wybierz lekarza na helsenorge.no albo zadzwoń na infolinię Helsenorge.",
      documents: [],
    },
    housing: {
      title: "Znajdź mieszkanie",
      why: "Zapytaj w gminie o mieszkanie. Jeśli masz niskie dochody i wysokie koszty mieszkania, możesz dostać dodatek mieszkaniowy (bostøtte).",
      documents: [],
    },
    "introduction-programme": {
      title: "Rozpocznij program wprowadzający",
      why: "Gmina przygotuje z Tobą plan i powie, kiedy możesz zacząć.",
      documents: [],
    },
    "norwegian-training": {
      title: "Ucz się norweskiego",
      why: "Zapytaj w gminie o kursy norweskiego. Możesz też ćwiczyć przez internet i w kawiarenkach językowych.",
      documents: [],
    },
    "school-enrolment": {
      title: "Zapisz dzieci do szkoły",
      why: "Dzieci w wieku od {min} do {max} lat, które będą w Norwegii dłużej niż {months} miesiące, mają prawo i obowiązek chodzić do szkoły. Skontaktuj się z gminą lub ze szkołą w miejscu zamieszkania.",
      documents: ["Paszporty lub akty urodzenia dzieci", "Świadectwa z poprzedniej szkoły, jeśli je macie", "Karta szczepień, jeśli ją macie"],
    },
    kindergarten: {
      title: "Złóż wniosek o miejsce w przedszkolu",
      why: "Dzieci od {min} roku życia mają prawo do miejsca w przedszkolu (barnehage). Złóż wniosek w gminie. Są stałe terminy, ale wniosek możesz złożyć w każdej chwili.",
      documents: ["Akty urodzenia lub paszporty dzieci"],
    },
    "upper-secondary-application": {
      title: "Złóż podanie do szkoły średniej",
      why: "Młodzież w wieku od {min} do {max} lat ma prawo do szkoły średniej. Złóż podanie na vilbli.no. Główny termin jest zimą, ale jeśli przyjeżdżacie później, zapytajcie w urzędzie okręgu (fylkeskommune).",
      documents: ["Świadectwa szkolne z kraju pochodzenia, najlepiej przetłumaczone", "Paszport"],
    },
    "recognition-of-qualifications": {
      title: "Uzyskaj uznanie wykształcenia",
      why: "Niektóre zawody wymagają uznania wykształcenia, na przykład w opiece zdrowotnej. Każdy może złożyć wniosek o ocenę wykształcenia zdobytego za granicą. Wnioski przyjmuje HK-dir.",
      documents: ["Dyplomy i wykaz ocen", "Tłumaczenie dyplomu, jeśli nie jest po norwesku ani po angielsku", "Paszport"],
    },
    "career-guidance": {
      title: "Skorzystaj z bezpłatnego doradztwa zawodowego",
      why: "Centra kariery w okręgu dają bezpłatne porady wszystkim powyżej {min} lat. Pomagają w sprawach pracy, nauki i uznania wykształcenia.",
      documents: [],
    },
    "union-and-work-rights": {
      title: "Poznaj swoje prawa w pracy",
      why: "W Norwegii masz prawo do pisemnej umowy o pracę, bezpiecznego miejsca pracy i zgodnej z prawem płacy. Pierwszym kontaktem jest pracodawca. Pomóc mogą związek zawodowy i Inspekcja Pracy (Arbeidstilsynet).",
      documents: [],
    },
  },
  deadlineAfterArrival: {
    days: "upływu {count} dni od przyjazdu",
    months: "upływu {count} miesięcy od przyjazdu",
  },
  programme: {
    programmeGoal: {
      title: "Cel końcowy programu",
      given: "Cel końcowy jest zapisany w planie integracji.",
      educated: "Masz wykształcenie średnie lub wyższe. Wtedy celem końcowym jest z reguły praca lub studia wyższe. Propozycja to praca.",
      young: "Masz mniej niż {age} lat i nie ukończyłeś szkoły średniej (videregående opplæring). Wtedy główną zasadą jest, że celem końcowym jest jej ukończenie.",
      adult: "Masz {age} lat lub więcej i nie ukończyłeś szkoły średniej (videregående opplæring). Propozycja to praca. Szkoła średnia również może być celem końcowym.",
      collectiveProtection: "Masz ochronę zbiorową i wykształcenie średnie lub wyższe. Program jest krótki i nastawiony na pracę, a celem jest szybkie znalezienie pracy.",
    },
    programmeDuration: {
      title: "Długość programu",
      withUpperSecondary: "Z wykształceniem średnim lub wyższym program trwa od {min} do {max} miesięcy. Można go przedłużyć o maksymalnie {extension} miesięcy.",
      collectiveProtection: "Z ochroną zbiorową i wykształceniem średnim lub wyższym dostajesz krótki program nastawiony na pracę, od {min} do {max} miesięcy. Można go przedłużyć o maksymalnie {extension} miesięcy.",
      goalUpperSecondary: "Nie masz wykształcenia średniego, a celem jest jego ukończenie w programie. Wtedy program może trwać do {max} miesięcy i zostać przedłużony o maksymalnie {extension} miesięcy.",
      goalUpperSecondaryPartial: "Nie masz wykształcenia średniego, a celem jest ukończenie jego części w programie. Wtedy program trwa od {min} do {max} miesięcy i może zostać przedłużony o maksymalnie {extension} miesięcy.",
      withoutUpperSecondary: "Nie masz wykształcenia średniego, a celem nie jest jego ukończenie w programie. Wtedy program może trwać do {max} miesięcy i zostać przedłużony o maksymalnie {extension} miesięcy.",
      noRight: "Nie masz prawa do programu wprowadzającego, więc nie ma okresu programu.",
      ends: "Przy starcie {start} program trwa do {standardEnd} włącznie albo do {latestEnd} włącznie z przedłużeniem. Urlop dolicza się do tego okresu.",
      noStart: "Daty zakończenia pojawią się po ustaleniu daty rozpoczęcia.",
    },
    introductionBenefit: {
      title: "Zasiłek wprowadzający (introduksjonsstønad)",
      full: "Masz {age} lat lub więcej i dostajesz pełny zasiłek: {multiple} kwoty bazowe (G), czyli {perYear} koron rocznie lub {perMonth} koron miesięcznie.",
      youngAlone: "Masz mniej niż {age} lat i nie mieszkasz z rodzicami. Wtedy dostajesz dwie trzecie pełnego zasiłku: {perYear} koron rocznie lub {perMonth} koron miesięcznie.",
      youngWithParents: "Masz mniej niż {age} lat i mieszkasz z jednym lub obojgiem rodziców. Wtedy dostajesz jedną trzecią pełnego zasiłku: {perYear} koron rocznie lub {perMonth} koron miesięcznie.",
      basicAmount: "Kwoty są obliczone na podstawie G od {validFrom}: {basicAmount} koron. Zasiłek jest wypłacany tylko uczestnikom programu.",
      notReviewed: "G od {nextAdjustment} nie zostało jeszcze sprawdzone w tych przepisach. Dlatego kwoty obliczono z G od {validFrom}, ostatniego, które sprawdziliśmy. Zmienią się, gdy nowe G zostanie ustalone.",
    },
    parentalGuidance: {
      title: "Kurs dla rodziców (foreldreveiledning)",
      required: "Masz dzieci poniżej {age} lat. Wtedy bierzesz udział w kursie dla rodziców w programie.",
      notRequired: "Nie masz dzieci poniżej {age} lat. Jeśli urodzi Ci się dziecko w czasie programu, weźmiesz udział w kursie dla rodziców.",
      collectiveProtection: "Tymczasowe przepisy dla ochrony zbiorowej nie wymagają kursu dla rodziców, ale gmina może go zaproponować.",
      noProgramme: "Kurs dla rodziców jest częścią programu wprowadzającego, a nie masz prawa do programu.",
    },
    fullTime: {
      title: "Pełny czy niepełny wymiar",
      required: "Program wprowadzający jest w pełnym wymiarze.",
      partTimePossible: "Z ochroną zbiorową program może być w niepełnym wymiarze, na przykład obok pracy na część etatu.",
      noProgramme: "Nie masz prawa do programu wprowadzającego.",
    },
    norwegianTraining: {
      rightEnds: "Prawo obowiązuje do {date} włącznie.",
      rightEndsAfterStart: "Prawo obowiązuje przez {months} miesięcy od rozpoczęcia nauki.",
    },
    socialStudies: {
      title: "Wiedza o społeczeństwie",
      rightAndDuty: "Masz prawo i obowiązek odbyć {hours} godzin bezpłatnej wiedzy o społeczeństwie w języku, który rozumiesz. Musisz ją ukończyć do {deadline}.",
      dutyOnly: "Masz obowiązek odbyć {hours} godzin wiedzy o społeczeństwie w języku, który rozumiesz, i płacisz sam. Musisz ją ukończyć do {deadline}.",
      asylumSeeker: "Mieszkanie w ośrodku dla osób ubiegających się o azyl jest dobrowolne. Jeśli w nim mieszkasz, masz obowiązek odbyć {hours} godzin wiedzy o społeczeństwie.",
      collectiveProtection: "Z ochroną zbiorową nie masz ani prawa, ani obowiązku nauki wiedzy o społeczeństwie według tymczasowych przepisów.",
      notCovered: "Nie masz ani prawa, ani obowiązku nauki wiedzy o społeczeństwie według ustawy o integracji.",
    },
  },
} satisfies Messages;
