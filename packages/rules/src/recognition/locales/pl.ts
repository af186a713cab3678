import type { RecognitionMessages } from "./nb.ts";

export const recognitionPl = {
  why: {
    authorisationDomestic: "{occupation} to zawód regulowany. Masz wykształcenie z Norwegii. Składasz wniosek o autoryzację lub uznanie do {body}.",
    authorisationEea:
      "{occupation} to zawód regulowany w Norwegii. Masz wykształcenie z kraju UE/EOG, więc obowiązują przepisy EOG (dyrektywa 2005/36/WE). {body} ocenia Twoje wykształcenie i może wymagać wyrównania różnic stażem adaptacyjnym lub testem umiejętności.",
    authorisationEeaHarmonised:
      "{occupation} to zawód regulowany w Norwegii. Masz wykształcenie z kraju UE/EOG, a to wykształcenie jest takie samo w całym EOG (dyrektywa 2005/36/WE). Jeśli dawało Ci prawo do pracy w kraju, w którym je zdobyłeś, {body} zwykle uznaje je bez dodatkowych wymagań.",
    authorisationEeaEducationThirdCountryCitizen:
      "{occupation} to zawód regulowany w Norwegii. Masz wykształcenie z kraju UE/EOG, ale nie jesteś obywatelem UE/EOG. Wtedy obowiązują przepisy norweskie, a nie dyrektywa EOG. Składasz wniosek do {body}.",
    authorisationThirdCountry:
      "{occupation} to zawód regulowany w Norwegii. Zanim zaczniesz pracować w tym zawodzie lub używać tytułu, potrzebujesz uznania od {body}. Masz wykształcenie z kraju spoza UE/EOG, więc obowiązują przepisy norweskie.",
    generalRecognition: "{body} może uznać wykształcenie wyższe z zagranicy i określić jego poziom w Norwegii. Wielu pracodawców chce zobaczyć takie uznanie.",
    generalRecognitionRegulated:
      "Ogólne uznanie od {body} nie daje prawa do pracy jako {occupation}, ale pokazuje poziom Twojego wykształcenia i może pomóc znaleźć inną odpowiednią pracę w czasie oczekiwania.",
    undocumentedEducation:
      "Nie możesz udokumentować swojego wykształcenia. {body} ma osobną procedurę dla osób bez dokumentów (procedura UVD). Przejdziesz rozmowę i dostaniesz zadanie merytoryczne.",
    vocationalRecognition: "{body} uznaje wykształcenie zawodowe z niektórych krajów i w niektórych zawodach. Sprawdź, czy Twój kraj i zawód są na liście.",
    vocationalUndocumented:
      "Bez dokumentów nie można uznać wykształcenia zawodowego. Jeśli masz wystarczające doświadczenie, możesz zdać egzamin czeladniczy jako praktyk (praksiskandidat) w swoim okręgu.",
    subjectRecognition: "Jeśli chcesz dalej studiować, poproś uczelnię o zaliczenie przedmiotów, które już zdałeś (godskriving).",
    noneNeeded: "{occupation} nie jest zawodem regulowanym w Norwegii. Możesz pracować w tym zawodzie bez uznania. Wymagania ustala pracodawca.",
    unverified: "Części tych informacji nie udało się nam sprawdzić. Sprawdź w {body}, zanim złożysz wniosek.",
  },
  steps: {
    applyTo: "Złóż wniosek do {body}: {url}",
    documents:
      "Wyślij kopie dyplomu, wykazu ocen i dowodów doświadczenia zawodowego. Dokumenty, które nie są po norwesku, szwedzku, duńsku ani angielsku, musi przetłumaczyć tłumacz przysięgły.",
    processing: "{body} podaje czas rozpatrzenia około {days} dni.",
    missingDocuments: "Powiedz {body}, których dokumentów Ci brakuje, i zapytaj, co mogą przyjąć zamiast nich.",
    healthNorwegian: "Udokumentuj znajomość norweskiego na poziomie B2.",
    healthNationalSubjects: "Ukończ kurs przedmiotów krajowych.",
    healthMedicines: "Zdaj test z obchodzenia się z lekami (lekarz, dentysta, pielęgniarka i farmaceuta).",
    healthProfessionalTest: "Zdaj egzamin zawodowy (lekarz, pielęgniarka i dentysta).",
    electricalPractice: "Udokumentuj co najmniej rok pracy w zawodzie w ciągu ostatnich dziesięciu lat.",
    vocationalCheck: "Przed złożeniem wniosku sprawdź listę krajów i zawodów w {body}.",
    undocumentedApply: "Złóż wniosek do {body} o ocenę w procedurze UVD.",
    subjectApply: "Poproś o zaliczenie przedmiotów, gdy składasz podanie na studia.",
    noneNeededApply: "Szukaj pracy bezpośrednio. Dołącz CV i kopię dyplomu, najlepiej przetłumaczoną.",
  },
  meanwhile: {
    "health-assistant": "W czasie oczekiwania możesz pracować jako asystent w opiece zdrowotnej i opiekuńczej. Nie wymaga to autoryzacji.",
    "supervised-assistant": "Możesz pracować jako pomocnik pod nadzorem osoby, która ma uznanie.",
    "temporary-teacher": "Szkoły i przedszkola mogą zatrudnić Cię tymczasowo bez uznania, gdy nie znajdą wykwalifikowanych kandydatów.",
    "related-work": "Możesz pracować w pokrewnych zawodach, które nie wymagają uznania.",
    applyNow: "Możesz już teraz szukać pracy.",
    norwegian: "Ucz się norweskiego: wiele uznań i miejsc pracy wymaga dobrej znajomości języka.",
    careerGuidance: "Bezpłatne doradztwo zawodowe znajdziesz na karriereveiledning.no lub w centrum kariery w swoim okręgu.",
  },
} satisfies RecognitionMessages;
