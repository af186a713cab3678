import type { CatalogShape } from "@velkomst/i18n";
import type { readinessNb } from "./nb.ts";

export const readinessPl = {
  staffCard: {
    title: "Lista kontrolna punktu powitalnego",
    text: "Jak daleko gmina lub region są z 11 punktami krajowego przewodnika?",
  },
  guideName: "Krajowy przewodnik po lokalnych ofertach powitalnych dla migrantów zarobkowych",
  home: {
    title: "Lista kontrolna punktu powitalnego",
    lead: "Krajowy przewodnik zawiera listę kontrolną z 11 punktami do utworzenia oferty powitalnej. Tutaj śledzicie każdy punkt: kto odpowiada, stan, termin, notatki i dokumenty.",
    yourChecklists: "Twoje listy kontrolne",
    noChecklists: "Twoje role nie obejmują żadnej gminy ani regionu z własną listą kontrolną.",
    canEdit: "Możesz zmieniać",
    readOnly: "Możesz czytać",
    overviewTitle: "Przegląd gmin",
    overviewText: "Postęp, zaległe punkty i ostatnia zmiana dla wszystkich gmin, do których masz dostęp.",
  },
  place: {
    municipality: "Gmina {name}",
    region: "Region {name}",
  },
  checklist: {
    title: "Lista kontrolna punktu powitalnego: {place}",
    regionNotice: "Gmina {municipality} należy do regionu {region}. Lista kontrolna dotyczy całego regionu.",
    covers: "Dotyczy gmin: {municipalities}",
    progress: "Gotowe punkty: {done} z {total}",
    notRelevantCount: "{count, plural, one {# punkt nie dotyczy} few {# punkty nie dotyczą} many {# punktów nie dotyczy} other {# punktu nie dotyczy}}",
    overdueCount: "{count, plural, one {# punkt jest po terminie} few {# punkty są po terminie} many {# punktów jest po terminie} other {# punktu jest po terminie}}",
    readOnly: "Możesz czytać tę listę kontrolną, ale nie możesz jej zmieniać. Robią to koordynatorzy, redaktorzy i administratorzy gminy lub regionu.",
    itemsHeading: "Punkty",
    owner: "Osoba odpowiedzialna",
    noOwner: "Nikt jeszcze nie odpowiada",
    due: "Termin",
    noDue: "Bez terminu",
    overdue: "Termin minął",
    documentsCount: "{count, plural, =0 {Brak dokumentów} one {# dokument} few {# dokumenty} many {# dokumentów} other {# dokumentu}}",
    lastChanged: "Ostatnia zmiana {date}",
    neverChanged: "Jeszcze bez zmian",
    open: "Otwórz punkt",
    openNamed: "Otwórz punkt: {title}",
    toOverview: "Do przeglądu gmin",
    toHome: "Wszystkie Twoje listy kontrolne",
  },
  status: {
    legend: "Stan",
    notStarted: "Nierozpoczęte",
    inProgress: "W toku",
    done: "Gotowe",
    notRelevant: "Nie dotyczy",
  },
  item: {
    number: "Punkt {number} z {total}",
    guidance: "Wskazówki",
    quoteIntro: "Lista kontrolna w przewodniku pyta (po norwesku):",
    source: "Źródło: {guide}, rozdział {sections}.",
    editHeading: "Zaktualizuj punkt",
    ownerUser: "Odpowiedzialny współpracownik",
    ownerUserHint: "Wybierz współpracownika z dostępem do listy kontrolnej albo wpisz imię i nazwisko lub funkcję w polu poniżej.",
    ownerUserNone: "Nie wybrano",
    ownerName: "Osoba odpowiedzialna (imię i nazwisko lub funkcja)",
    ownerNameHint: "Na przykład „Koordynator ds. nowych mieszkańców” albo osoba bez konta w tym serwisie.",
    statusHint: "Jeśli wybierzesz „Nie dotyczy”, napisz w notatkach dlaczego.",
    dueDate: "Termin",
    dueDateHint: "Zostaw pole puste, jeśli nie ma terminu.",
    notes: "Notatki",
    notesHint: "Co zrobiono, co zostało, kto bierze udział? Najwyżej 4000 znaków.",
    document: "Dołącz dokument",
    documentHint: "PDF, Word (docx), tekst OpenDocument (odt), Excel (xlsx), PNG lub JPG, najwyżej 5 MB.",
    save: "Zapisz",
    saved: "Zmiany zostały zapisane.",
    noChange: "Nic się nie zmieniło, więc nic nie zapisano.",
    documentsHeading: "Dokumenty",
    noDocuments: "Nie dołączono dokumentów.",
    documentMeta: "{size}, dołączono {date}",
    remove: "Usuń",
    removeNamed: "Usuń dokument {name}",
    removed: "Dokument został usunięty.",
    historyHeading: "Zmiany",
    noHistory: "Jeszcze bez zmian.",
    historyBy: "{date}, {name}",
    back: "Powrót do listy kontrolnej",
  },
  history: {
    status: "Stan: {from} → {to}",
    owner: "Osoba odpowiedzialna: {from} → {to}",
    dueDate: "Termin: {from} → {to}",
    notes: "Notatki zostały zmienione",
    documentAdded: "Dołączono „{name}”",
    documentRemoved: "Usunięto „{name}”",
    none: "brak",
  },
  errors: {
    notRelevantNeedsNote: "Napisz w notatkach, dlaczego punkt nie dotyczy.",
    dueDate: "Wpisz poprawną datę w formacie DD.MM.RRRR, na przykład 30.09.2026.",
    tooLong: "Tekst jest za długi: najwyżej {limit} znaków.",
    ownerUser: "Wybierz współpracownika z listy.",
    fileTooLarge: "Plik jest za duży. Może mieć najwyżej 5 MB.",
    fileType: "Nie można dołączyć pliku tego typu. Użyj PDF, docx, odt, xlsx, PNG lub JPG.",
    status: "Wybierz stan.",
  },
  overview: {
    title: "Listy kontrolne: przegląd gmin",
    lead: "Postęp w 11 punktach w każdej gminie. Jeśli gmina należy do regionu, pokazana jest lista kontrolna regionu.",
    county: "Okręg",
    allCounties: "Wszystkie okręgi",
    show: "Pokaż",
    summary: "Rozpoczęło {started} z {total} gmin. Zaległe punkty ma {withOverdue}.",
    caption: "Listy kontrolne według gmin",
    municipality: "Gmina",
    countyColumn: "Okręg",
    progress: "Gotowe",
    progressValue: "{done} z {total}",
    overdue: "Po terminie",
    lastChanged: "Ostatnia zmiana",
    viaRegion: "przez region {region}",
    never: "Nigdy",
    none: "Brak gmin do pokazania.",
  },
  notFound: {
    title: "Nie znaleziono listy kontrolnej",
    text: "Pod tym adresem nie znaleźliśmy gminy, regionu ani punktu.",
  },
  items: {
    "organisational-form": {
      title: "Organizacja oferty",
      guidance:
        "Zastanówcie się, czy ofertę powitalną ma prowadzić gmina, okręg (fylkeskommune) czy kilka gmin razem, czy też należy ją zlecić innej organizacji. Gminy z małą liczbą mieszkańców mogą współpracować międzygminnie. Ofertę mogą prowadzić także inni: organizacja non-profit Welcome Hub Agder prowadzi ofertę powitalną dla całego regionu.",
    },
    "cooperation-agreement": {
      title: "Umowa o współpracy z jasnym podziałem obowiązków",
      guidance:
        "Zawrzyjcie umowę o współpracy, która jasno mówi, kto co robi. Możliwe strony to gmina, okręg jako doradca i koordynator w regionie, policja, urząd skarbowy (Skatteetaten), NAV, przedsiębiorcy i ich stowarzyszenia, partnerzy społeczni, organizacje wolontariackie oraz dostawcy nauki języka i wdrożenia do pracy.",
    },
    "contact-point": {
      title: "Koordynujący punkt kontaktowy",
      guidance:
        "Ustalcie, kto będzie koordynującym punktem kontaktowym oferty. Wiele gmin ma koordynatora powitalnego lub doradcę dla nowych mieszkańców. Gmina Frøya ma koordynatora ds. nowych mieszkańców, który pracuje w zespole z innymi służbami gminy.",
    },
    "content-plan": {
      title: "Plan treści",
      guidance:
        "Przygotujcie plan tego, co ma obejmować oferta. Przewodnik zaleca informacje praktyczne, możliwości nauki, informacje zachęcające do udziału w związkach zawodowych, wolontariacie i życiu społecznym, wydarzenia towarzyskie i budowanie sieci kontaktów oraz możliwości pracy i kariery dla partnerów, którzy przyjechali razem.",
    },
    "involve-immigrants": {
      title: "Migranci zarobkowi i ich rodziny biorą udział",
      guidance:
        "Angażujcie migrantów zarobkowych i ich rodziny w projektowanie oferty, aby odpowiadała ich potrzebom. Grupa docelowa jest zróżnicowana: ludzie mają różne pochodzenie i różne potrzeby w zakresie informacji i usług.",
    },
    "employers-volunteers": {
      title: "Współpraca z pracodawcami i wolontariuszami",
      guidance:
        "Zaangażujcie pracodawców i sektor wolontariacki oraz ustalcie, jak będziecie współpracować. Współtworzenie daje szerszą ofertę, a współpraca z lokalnymi wolontariuszami może być kluczem do integracji społecznej i udziału w życiu społeczności. Łącznikiem może być gminny koordynator wolontariatu.",
    },
    "translation-interpreting": {
      title: "Tłumaczenie pisemne i tłumacz ustny",
      guidance:
        "Zadbajcie o to, aby informacje były przetłumaczone, napisane prostym językiem i w językach zrozumiałych dla grupy docelowej, oraz rozważcie udział tłumacza ustnego w każdym działaniu. Organy publiczne muszą w razie potrzeby korzystać z wykwalifikowanego tłumacza z Krajowego Rejestru Tłumaczy, a korzystanie z dzieci jako tłumaczy jest zabronione.",
    },
    "services-overview": {
      title: "Przegląd usług gminnych",
      guidance:
        "Przygotujcie przegląd lub mapę usług gminnych z adresami i danymi kontaktowymi: na przykład gdzie są szkoła, przedszkole, pomoc doraźna (legevakt), biuro NAV i edukacja dorosłych oraz jak się z nimi skontaktować.",
    },
    "meeting-place": {
      title: "Fizyczne miejsce spotkań lub punkt kontaktowy",
      guidance:
        "Rozważcie fizyczne miejsce spotkań ze stałymi godzinami otwarcia, na przykład w bibliotece, centrum wolontariatu, punkcie obsługi mieszkańców lub w szkole dla dorosłych. Tam ludzie mogą uzyskać informacje w zrozumiałym języku i pomoc w usługach cyfrowych. Przykłady to spotkania powitalne, przyjęcie dla nowych mieszkańców i dyżury bez zapisów.",
    },
    "information-plan": {
      title: "Plan informowania o ofercie",
      guidance:
        "Przygotujcie plan dotarcia do ludzi. Dobre kanały to strony internetowe gminy i okręgu, ulotki i plakaty tam, gdzie bywa grupa docelowa, media społecznościowe, newslettery, list „Witamy w gminie”, punkt obsługi mieszkańców oraz pracodawcy i organizacje wolontariackie, które spotykają grupę docelową.",
    },
    financing: {
      title: "Finansowanie",
      guidance:
        "Zapewnijcie ofercie odpowiednie finansowanie. Na przykład program powitalny w Ranie finansują wspólnie lokalni przedsiębiorcy, gmina Rana i okręg Nordland.",
    },
  },
} as const satisfies CatalogShape<typeof readinessNb>;
