/**
 * Texts of a newcomer's request to open a case from their saved plan (issue 13). Bokmål is the
 * source and defines the shape; ICU MessageFormat. "Programrådgiver" is the coordinator, as in cases/.
 */
export const planRequestNb = {
  fields: {
    birthYear: "Fødselsår",
    arrival: "Kom til Norge (måned)",
    stay: "Hvor lenge du skal bo i Norge",
    basis: "Hvorfor du bor i Norge",
    citizenship: "Statsborgerskap",
    municipality: "Kommune",
    education: "Høyeste fullførte utdanning",
    children: "Fødselsår for barn som flytter med deg",
    none: "Ikke oppgitt",
  },
  ask: {
    heading: "Be kommunen om oppfølging",
    lead: "Programrådgiverne i {municipality} kan registrere deg i introduksjonsprogrammet eller følge deg opp. Med planen din slipper du å fortelle alt på nytt.",
    shared: "Dette blir delt med programrådgiverne i {municipality}:",
    consent: "Jeg samtykker i at svarene over blir delt med programrådgiverne i {municipality}, så de kan åpne en sak for meg.",
    consentHint: "Du kan trekke samtykket tilbake helt til en programrådgiver har brukt det. Da blir forespørselen slettet. En forespørsel ingen bruker, blir slettet etter {days} dager.",
    consentRequired: "Kryss av for at du samtykker, ellers blir ingenting delt.",
    submit: "Send forespørselen",
    sent: "Forespørselen er sendt. Programrådgiverne i {municipality} kan nå se svarene dine.",
  },
  pending: {
    heading: "Forespørselen din til kommunen",
    text: "Du ba programrådgiverne i {municipality} om oppfølging {date}. Det som er delt:",
    withdraw: "Trekk tilbake samtykket og slett forespørselen",
    withdrawn: "Samtykket er trukket tilbake, og forespørselen er slettet.",
    used: "Programrådgiverne i {municipality} registrerte deg {date} ut fra planen din.",
  },
  staff: {
    cardTitle: "Forespørsler fra nykommere",
    cardText: "Nykommere som har delt planen sin og ber om oppfølging i kommunene dine.",
    title: "Forespørsler fra nykommere",
    lead: "Nykommere som har delt planen sin med samtykke og ber kommunen åpne en sak. Åpne en forespørsel for å registrere personen som deltaker. Hver visning blir ført i tilgangsloggen.",
    caption: "Åpne forespørsler",
    sentOn: "Sendt",
    open: "Åpne forespørselen fra {date}",
    none: "Ingen åpne forespørsler.",
    requestHeading: "Forespørsel fra nykommer",
    account: "Konto",
    sharedLead: "Nykommeren har samtykket i at dette blir delt med programrådgiverne i {municipality} {date}.",
    backToList: "Tilbake til forespørslene",
  },
};
