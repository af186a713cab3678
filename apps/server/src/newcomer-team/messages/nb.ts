/**
 * Texts of the "Ny i Norge" theme evenings (seed 002). Bokmål is the source and defines the shape.
 * The template texts become the copied event's title and description in every language.
 */
export const newcomerTeamNb = {
  staffLink: {
    title: "Temakvelder «Ny i Norge»",
    text: "Kopier en ferdig temakveld til arrangementene deres, med samarbeidspartnere, tolker og påmelding.",
  },
  template: {
    "school-education": {
      title: "Ny i Norge: skole og utdanning",
      description: "Hvordan fungerer skolen og utdanningssystemet i Norge? Karrieresenteret forteller om kartlegging av kompetanse og karriereveiledning, og svarer på spørsmål.",
      partner: "Karrieresenteret",
    },
    "health-family": {
      title: "Ny i Norge: helse og familieliv",
      description: "Helsesykepleieren og andre i helsetjenesten forteller om helsestasjonen, fastlegen og hjelp til familier med barn.",
      partner: "Helsestasjonen",
    },
    "volunteering-leisure": {
      title: "Ny i Norge: frivillig arbeid og fritid",
      description: "Lag og foreninger forteller om aktivitetene sine, og hvordan du kan bli med. Alle er velkomne.",
      partner: "Frivilligsentralen",
    },
  },
  staff: {
    title: "Temakvelder «Ny i Norge»",
    lead: "Tre temakvelder fra møteplassen «Ny i Norge» i Vesterålen. Velg en, fyll inn tid og sted, så blir den et arrangement med påmelding.",
    copy: "Kopier til arrangementene",
    copyTitle: "Kopier temakveld: {title}",
    municipality: "Kommune",
    date: "Dato",
    startTime: "Starter kl.",
    endTime: "Slutter kl.",
    placeName: "Sted",
    address: "Adresse",
    partners: "Samarbeidspartnere",
    partnersHint: "Én per linje, for eksempel Karrieresenteret.",
    interpreters: "Tolk til disse språkene",
    capacity: "Antall plasser (tomt for ubegrenset)",
    submit: "Lag arrangementet",
    partnersLine: "Samarbeidspartnere: {partners}.",
    interpretersLine: "Tolk til {languages}.",
  },
  errors: {
    required: "Fyll ut feltet.",
    date: "Skriv en dato (dd.mm.åååå).",
    time: "Skriv et klokkeslett (tt:mm).",
    endBeforeStart: "Slutttiden må være etter starttiden.",
    capacity: "Skriv et helt tall fra 1 til 10 000, eller la feltet stå tomt.",
    chooseOne: "Velg ett alternativ.",
    tooLong: "Teksten er for lang.",
    notYourScope: "Du kan bare lage arrangementer i ditt eget område.",
  },
};
