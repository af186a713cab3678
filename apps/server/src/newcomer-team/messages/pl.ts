import type { CatalogShape } from "@velkomst/i18n";
import type { newcomerTeamNb } from "./nb.ts";

export const newcomerTeamPl = {
  staffLink: {
    title: "Wieczory tematyczne „Nowi w Norwegii”",
    text: "Skopiuj gotowy wieczór tematyczny do swoich wydarzeń, z partnerami, tłumaczami i zapisami.",
  },
  template: {
    "school-education": {
      title: "Nowi w Norwegii: szkoła i edukacja",
      description: "Jak działa szkoła i system edukacji w Norwegii? Centrum kariery opowiada o ocenie kompetencji i doradztwie zawodowym oraz odpowiada na pytania.",
      partner: "Centrum kariery",
    },
    "health-family": {
      title: "Nowi w Norwegii: zdrowie i życie rodzinne",
      description: "Pielęgniarka środowiskowa i inni pracownicy ochrony zdrowia opowiadają o przychodni dla dzieci, lekarzu rodzinnym i pomocy dla rodzin z dziećmi.",
      partner: "Przychodnia dla dzieci",
    },
    "volunteering-leisure": {
      title: "Nowi w Norwegii: wolontariat i czas wolny",
      description: "Kluby i stowarzyszenia opowiadają o swojej działalności i o tym, jak dołączyć. Wszyscy są mile widziani.",
      partner: "Centrum wolontariatu",
    },
  },
  staff: {
    title: "Wieczory tematyczne „Nowi w Norwegii”",
    lead: "Trzy wieczory tematyczne z miejsca spotkań „Nowi w Norwegii” w Vesterålen. Wybierz jeden, wpisz czas i miejsce, a stanie się wydarzeniem z zapisami.",
    copy: "Skopiuj do wydarzeń",
    copyTitle: "Skopiuj wieczór tematyczny: {title}",
    municipality: "Gmina",
    date: "Data",
    startTime: "Początek o",
    endTime: "Koniec o",
    placeName: "Miejsce",
    address: "Adres",
    partners: "Partnerzy",
    partnersHint: "Jeden w wierszu, na przykład centrum kariery.",
    interpreters: "Tłumacze dla tych języków",
    capacity: "Liczba miejsc (puste – bez limitu)",
    submit: "Utwórz wydarzenie",
    partnersLine: "Partnerzy: {partners}.",
    interpretersLine: "Tłumacze: {languages}.",
  },
  errors: {
    required: "Wypełnij to pole.",
    date: "Wpisz datę (dd.mm.rrrr).",
    time: "Wpisz godzinę (gg:mm).",
    endBeforeStart: "Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia.",
    capacity: "Wpisz liczbę całkowitą od 1 do 10 000 albo zostaw pole puste.",
    chooseOne: "Wybierz jedną opcję.",
    tooLong: "Tekst jest za długi.",
    notYourScope: "Możesz tworzyć wydarzenia tylko na swoim obszarze.",
  },
} as const satisfies CatalogShape<typeof newcomerTeamNb>;
