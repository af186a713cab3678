import type { CatalogShape } from "@velkomst/i18n";
import type { newcomerTeamNb } from "./nb.ts";

export const newcomerTeamNn = {
  staffLink: {
    title: "Temakveldar «Ny i Noreg»",
    text: "Kopier ein ferdig temakveld til arrangementa dykkar, med samarbeidspartnarar, tolkar og påmelding.",
  },
  template: {
    "school-education": {
      title: "Ny i Noreg: skule og utdanning",
      description: "Korleis fungerer skulen og utdanningssystemet i Noreg? Karrieresenteret fortel om kartlegging av kompetanse og karriererettleiing, og svarar på spørsmål.",
      partner: "Karrieresenteret",
    },
    "health-family": {
      title: "Ny i Noreg: helse og familieliv",
      description: "Helsesjukepleiaren og andre i helsetenesta fortel om helsestasjonen, fastlegen og hjelp til familiar med barn.",
      partner: "Helsestasjonen",
    },
    "volunteering-leisure": {
      title: "Ny i Noreg: frivillig arbeid og fritid",
      description: "Lag og foreiningar fortel om aktivitetane sine, og korleis du kan bli med. Alle er velkomne.",
      partner: "Frivilligsentralen",
    },
  },
  staff: {
    title: "Temakveldar «Ny i Noreg»",
    lead: "Tre temakveldar frå møteplassen «Ny i Noreg» i Vesterålen. Vel ein, fyll inn tid og stad, så blir han eit arrangement med påmelding.",
    copy: "Kopier til arrangementa",
    copyTitle: "Kopier temakveld: {title}",
    municipality: "Kommune",
    date: "Dato",
    startTime: "Startar kl.",
    endTime: "Sluttar kl.",
    placeName: "Stad",
    address: "Adresse",
    partners: "Samarbeidspartnarar",
    partnersHint: "Éin per linje, til dømes Karrieresenteret.",
    interpreters: "Tolk til desse språka",
    capacity: "Tal på plassar (tomt for uavgrensa)",
    submit: "Lag arrangementet",
    partnersLine: "Samarbeidspartnarar: {partners}.",
    interpretersLine: "Tolk til {languages}.",
  },
  errors: {
    required: "Fyll ut feltet.",
    date: "Skriv ein dato (dd.mm.åååå).",
    time: "Skriv eit klokkeslett (tt:mm).",
    endBeforeStart: "Slutttida må vere etter starttida.",
    capacity: "Skriv eit heilt tal frå 1 til 10 000, eller la feltet stå tomt.",
    chooseOne: "Vel eitt alternativ.",
    tooLong: "Teksten er for lang.",
    notYourScope: "Du kan berre lage arrangement i ditt eige område.",
  },
} as const satisfies CatalogShape<typeof newcomerTeamNb>;
