/**
 * Texts of the readiness checklist (seed 000 §2.2). Bokmål is the source and defines the shape.
 * ICU MessageFormat. The items' titles and guidance paraphrase the national guide for local
 * welcome services for labour migrants (seed 000); the guide's own line is shown beside them.
 */
export const readinessNb = {
  staffCard: {
    title: "Sjekkliste for velkomsttilbud",
    text: "Hvor langt har kommunen eller regionen kommet med de 11 punktene i den nasjonale veilederen?",
  },
  guideName: "Nasjonal veileder for lokale velkomsttilbud for arbeidsinnvandrere",
  home: {
    title: "Sjekkliste for velkomsttilbud",
    lead: "Den nasjonale veilederen har en sjekkliste med 11 punkter for å etablere et velkomsttilbud. Her følger dere opp hvert punkt: hvem som har ansvaret, status, frist, notater og dokumenter.",
    yourChecklists: "Sjekklistene dine",
    noChecklists: "Rollene dine gjelder ingen kommune eller region med egen sjekkliste.",
    canEdit: "Du kan endre",
    readOnly: "Du kan lese",
    overviewTitle: "Oversikt over kommunene",
    overviewText: "Fremdrift, forfalte punkter og siste endring for alle kommunene du har tilgang til.",
  },
  place: {
    municipality: "{name} kommune",
    region: "Regionen {name}",
  },
  checklist: {
    title: "Sjekkliste for velkomsttilbud: {place}",
    regionNotice: "{municipality} kommune er med i regionen {region}. Sjekklisten gjelder hele regionen.",
    covers: "Gjelder kommunene: {municipalities}",
    progress: "{done} av {total} punkter er ferdige",
    notRelevantCount: "{count, plural, one {# punkt er ikke aktuelt} other {# punkter er ikke aktuelle}}",
    overdueCount: "{count, plural, one {# punkt har passert fristen} other {# punkter har passert fristen}}",
    readOnly: "Du kan lese denne sjekklisten, men ikke endre den. Det gjør kommunens eller regionens egne koordinatorer, redaktører og administratorer.",
    itemsHeading: "Punktene",
    owner: "Ansvarlig",
    noOwner: "Ingen ansvarlig ennå",
    due: "Frist",
    noDue: "Ingen frist",
    overdue: "Fristen har gått ut",
    documentsCount: "{count, plural, =0 {Ingen dokumenter} one {# dokument} other {# dokumenter}}",
    lastChanged: "Sist endret {date}",
    neverChanged: "Ikke endret ennå",
    open: "Åpne punktet",
    openNamed: "Åpne punktet: {title}",
    toOverview: "Til oversikten over kommunene",
    toHome: "Alle sjekklistene dine",
  },
  status: {
    legend: "Status",
    notStarted: "Ikke startet",
    inProgress: "I gang",
    done: "Ferdig",
    notRelevant: "Ikke aktuelt",
  },
  item: {
    number: "Punkt {number} av {total}",
    guidance: "Veiledning",
    quoteIntro: "Sjekklisten i veilederen spør:",
    source: "Kilde: {guide}, kapittel {sections}.",
    editHeading: "Oppdater punktet",
    ownerUser: "Ansvarlig kollega",
    ownerUserHint: "Velg en kollega med tilgang til sjekklisten, eller skriv navn eller rolle i feltet under.",
    ownerUserNone: "Ingen valgt",
    ownerName: "Ansvarlig (navn eller rolle)",
    ownerNameHint: "For eksempel «Tilflyttingskoordinator» eller en person uten konto her.",
    statusHint: "Velger du «Ikke aktuelt», må du skrive hvorfor i notatet.",
    dueDate: "Frist",
    dueDateHint: "La feltet stå tomt hvis det ikke er noen frist.",
    notes: "Notater",
    notesHint: "Hva er gjort, hva gjenstår, hvem er med? Høyst 4000 tegn.",
    document: "Legg ved et dokument",
    documentHint: "PDF, Word (docx), OpenDocument-tekst (odt), Excel (xlsx), PNG eller JPG, høyst 5 MB.",
    save: "Lagre",
    saved: "Endringene er lagret.",
    noChange: "Ingenting var endret, så ingenting ble lagret.",
    documentsHeading: "Dokumenter",
    noDocuments: "Ingen dokumenter er lagt ved.",
    documentMeta: "{size}, lagt ved {date}",
    remove: "Fjern",
    removeNamed: "Fjern dokumentet {name}",
    removed: "Dokumentet er fjernet.",
    historyHeading: "Endringer",
    noHistory: "Ingen endringer ennå.",
    historyBy: "{date}, {name}",
    back: "Tilbake til sjekklisten",
  },
  history: {
    status: "Status: {from} → {to}",
    owner: "Ansvarlig: {from} → {to}",
    dueDate: "Frist: {from} → {to}",
    notes: "Notatet ble endret",
    documentAdded: "La ved «{name}»",
    documentRemoved: "Fjernet «{name}»",
    none: "ingen",
  },
  errors: {
    notRelevantNeedsNote: "Skriv i notatet hvorfor punktet ikke er aktuelt.",
    dueDate: "Skriv en gyldig dato som DD.MM.ÅÅÅÅ, for eksempel 30.09.2026.",
    tooLong: "Teksten er for lang: høyst {limit} tegn.",
    ownerUser: "Velg en kollega fra listen.",
    fileTooLarge: "Filen er for stor. Den kan være høyst 5 MB.",
    fileType: "Denne filtypen kan ikke legges ved. Bruk PDF, docx, odt, xlsx, PNG eller JPG.",
    status: "Velg en status.",
  },
  overview: {
    title: "Sjekklister: oversikt over kommunene",
    lead: "Fremdrift på de 11 punktene i hver kommune. Er kommunen med i en region, vises regionens sjekkliste.",
    county: "Fylke",
    allCounties: "Alle fylker",
    show: "Vis",
    summary: "{started} av {total} kommuner har startet. {withOverdue} har punkter som har passert fristen.",
    caption: "Sjekklister per kommune",
    municipality: "Kommune",
    countyColumn: "Fylke",
    progress: "Ferdige",
    progressValue: "{done} av {total}",
    overdue: "Passert frist",
    lastChanged: "Sist endret",
    viaRegion: "via {region}",
    never: "Aldri",
    none: "Ingen kommuner å vise.",
  },
  notFound: {
    title: "Fant ikke sjekklisten",
    text: "Vi fant ingen kommune, region eller punkt med denne adressen.",
  },
  items: {
    "organisational-form": {
      title: "Organisering av tilbudet",
      guidance:
        "Vurder om velkomsttilbudet skal drives av kommunen, fylkeskommunen eller flere kommuner sammen, eller om det skal settes ut til en annen organisasjon. Kommuner med få innbyggere kan samarbeide interkommunalt. Andre enn kommunen kan også drive tilbudet: den ideelle organisasjonen Welcome Hub Agder driver velkomsttilbudet for en hel region.",
    },
    "cooperation-agreement": {
      title: "Samarbeidsavtale med klar ansvarsfordeling",
      guidance:
        "Inngå en samarbeidsavtale som sier tydelig hvem som gjør hva. Aktuelle parter er kommunen, fylkeskommunen som rådgiver og koordinator i regionen, politiet, Skatteetaten, Nav, næringslivet og næringsforeninger, partene i arbeidslivet, frivillige organisasjoner og de som tilbyr språkopplæring og onboarding.",
    },
    "contact-point": {
      title: "Koordinerende kontaktpunkt",
      guidance:
        "Avtal hvem som skal være det koordinerende kontaktpunktet for tilbudet. Mange har en velkomstkoordinator eller tilflytterveileder. Frøya kommune har en tilflyttingskoordinator som jobber i team med de andre tjenestene i kommunen.",
    },
    "content-plan": {
      title: "Plan for innholdet",
      guidance:
        "Lag en plan for hva tilbudet skal inneholde. Veilederen anbefaler praktisk informasjon, muligheter for opplæring, informasjon som øker deltakelsen i fagforeninger, frivillighet og samfunnslivet, sosiale arrangementer og nettverk, og jobb- og karrieremuligheter for medfølgende partner.",
    },
    "involve-immigrants": {
      title: "Arbeidsinnvandrere og familiene deres er med",
      guidance:
        "Involver arbeidsinnvandrere og familiene deres når dere utformer tilbudet, slik at det treffer behovene. Målgruppen er sammensatt, med ulik bakgrunn og ulike behov for informasjon og tilbud.",
    },
    "employers-volunteers": {
      title: "Samarbeid med arbeidsgivere og frivillige",
      guidance:
        "Involver arbeidsgivere og frivillig sektor, og avtal hvordan dere samarbeider. Samskaping gir et bredere tilbud, og samarbeid med lokal frivillighet kan være nøkkelen til sosial integrering og samfunnsdeltakelse. En frivillighetskoordinator i kommunen kan være bindeledd.",
    },
    "translation-interpreting": {
      title: "Oversettelse og tolk",
      guidance:
        "Sørg for at informasjonen er oversatt, i klarspråk og på språk som når målgruppen, og vurder bruk av tolk i hver aktivitet. Offentlige organer skal bruke kvalifisert tolk fra Nasjonalt tolkeregister når det trengs, og det er forbudt å bruke barn som tolk.",
    },
    "services-overview": {
      title: "Oversikt over kommunale tjenester",
      guidance:
        "Lag en oversikt eller et kart over de kommunale tjenestene med adresse og kontaktinformasjon: for eksempel hvor skole, barnehage, legevakt, Nav-kontor og voksenopplæring er, og hvordan folk kontakter dem.",
    },
    "meeting-place": {
      title: "Fysisk møteplass eller kontaktpunkt",
      guidance:
        "Vurder en fysisk møteplass med faste åpningstider, for eksempel på biblioteket, frivilligsentralen, servicetorget eller voksenopplæringen. Der kan folk få informasjon på et språk de forstår og hjelp med digitale tjenester. Eksempler er velkomstmøter, innflytterfest og drop-in med faste tider.",
    },
    "information-plan": {
      title: "Plan for å informere om tilbudet",
      guidance:
        "Lag en plan for hvordan dere når ut. Gode kanaler er nettsidene til kommunen og fylkeskommunen, flygeblad og plakater der målgruppen ferdes, sosiale medier, nyhetsbrev, et «Velkommen til kommunen»-brev, servicetorget, og arbeidsgivere og frivillige organisasjoner som møter målgruppen.",
    },
    financing: {
      title: "Finansiering",
      guidance:
        "Sørg for en finansiering som passer tilbudet. Velkomstprogrammet i Rana er for eksempel finansiert av lokalt næringsliv, Rana kommune og Nordland fylkeskommune sammen.",
    },
  },
} as const;
