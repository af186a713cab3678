import type { CatalogShape } from "@velkomst/i18n";
import type { readinessNb } from "./nb.ts";

export const readinessNn = {
  staffCard: {
    title: "Sjekkliste for velkomsttilbod",
    text: "Kor langt har kommunen eller regionen kome med dei 11 punkta i den nasjonale rettleiaren?",
  },
  guideName: "Nasjonal rettleiar for lokale velkomsttilbod for arbeidsinnvandrarar",
  home: {
    title: "Sjekkliste for velkomsttilbod",
    lead: "Den nasjonale rettleiaren har ei sjekkliste med 11 punkt for å etablere eit velkomsttilbod. Her følgjer de opp kvart punkt: kven som har ansvaret, status, frist, notat og dokument.",
    yourChecklists: "Sjekklistene dine",
    noChecklists: "Rollene dine gjeld ingen kommune eller region med eiga sjekkliste.",
    canEdit: "Du kan endre",
    readOnly: "Du kan lese",
    overviewTitle: "Oversikt over kommunane",
    overviewText: "Framdrift, forfalne punkt og siste endring for alle kommunane du har tilgang til.",
  },
  place: {
    municipality: "{name} kommune",
    region: "Regionen {name}",
  },
  checklist: {
    title: "Sjekkliste for velkomsttilbod: {place}",
    regionNotice: "{municipality} kommune er med i regionen {region}. Sjekklista gjeld heile regionen.",
    covers: "Gjeld kommunane: {municipalities}",
    progress: "{done} av {total} punkt er ferdige",
    notRelevantCount: "{count, plural, one {# punkt er ikkje aktuelt} other {# punkt er ikkje aktuelle}}",
    overdueCount: "{count, plural, one {# punkt har passert fristen} other {# punkt har passert fristen}}",
    readOnly: "Du kan lese denne sjekklista, men ikkje endre henne. Det gjer koordinatorane, redaktørane og administratorane i kommunen eller regionen.",
    itemsHeading: "Punkta",
    owner: "Ansvarleg",
    noOwner: "Ingen ansvarleg enno",
    due: "Frist",
    noDue: "Ingen frist",
    overdue: "Fristen har gått ut",
    documentsCount: "{count, plural, =0 {Ingen dokument} one {# dokument} other {# dokument}}",
    lastChanged: "Sist endra {date}",
    neverChanged: "Ikkje endra enno",
    open: "Opne punktet",
    openNamed: "Opne punktet: {title}",
    toOverview: "Til oversikta over kommunane",
    toHome: "Alle sjekklistene dine",
  },
  status: {
    legend: "Status",
    notStarted: "Ikkje starta",
    inProgress: "I gang",
    done: "Ferdig",
    notRelevant: "Ikkje aktuelt",
  },
  item: {
    number: "Punkt {number} av {total}",
    guidance: "Rettleiing",
    quoteIntro: "Sjekklista i rettleiaren spør (på bokmål):",
    source: "Kjelde: {guide}, kapittel {sections}.",
    editHeading: "Oppdater punktet",
    ownerUser: "Ansvarleg kollega",
    ownerUserHint: "Vel ein kollega med tilgang til sjekklista, eller skriv namn eller rolle i feltet under.",
    ownerUserNone: "Ingen vald",
    ownerName: "Ansvarleg (namn eller rolle)",
    ownerNameHint: "Til dømes «Tilflyttingskoordinator» eller ein person utan konto her.",
    statusHint: "Vel du «Ikkje aktuelt», må du skrive kvifor i notatet.",
    dueDate: "Frist",
    dueDateHint: "La feltet stå tomt om det ikkje er nokon frist.",
    notes: "Notat",
    notesHint: "Kva er gjort, kva står att, kven er med? Høgst 4000 teikn.",
    document: "Legg ved eit dokument",
    documentHint: "PDF, Word (docx), OpenDocument-tekst (odt), Excel (xlsx), PNG eller JPG, høgst 5 MB.",
    save: "Lagre",
    saved: "Endringane er lagra.",
    noChange: "Ingenting var endra, så ingenting vart lagra.",
    documentsHeading: "Dokument",
    noDocuments: "Ingen dokument er lagde ved.",
    documentMeta: "{size}, lagt ved {date}",
    remove: "Fjern",
    removeNamed: "Fjern dokumentet {name}",
    removed: "Dokumentet er fjerna.",
    historyHeading: "Endringar",
    noHistory: "Ingen endringar enno.",
    historyBy: "{date}, {name}",
    back: "Tilbake til sjekklista",
  },
  history: {
    status: "Status: {from} → {to}",
    owner: "Ansvarleg: {from} → {to}",
    dueDate: "Frist: {from} → {to}",
    notes: "Notatet vart endra",
    documentAdded: "La ved «{name}»",
    documentRemoved: "Fjerna «{name}»",
    none: "ingen",
  },
  errors: {
    notRelevantNeedsNote: "Skriv i notatet kvifor punktet ikkje er aktuelt.",
    dueDate: "Skriv ein gyldig dato som DD.MM.ÅÅÅÅ, til dømes 30.09.2026.",
    tooLong: "Teksten er for lang: høgst {limit} teikn.",
    ownerUser: "Vel ein kollega frå lista.",
    fileTooLarge: "Fila er for stor. Ho kan vere høgst 5 MB.",
    fileType: "Denne filtypen kan ikkje leggjast ved. Bruk PDF, docx, odt, xlsx, PNG eller JPG.",
    status: "Vel ein status.",
  },
  overview: {
    title: "Sjekklister: oversikt over kommunane",
    lead: "Framdrift på dei 11 punkta i kvar kommune. Er kommunen med i ein region, blir sjekklista til regionen vist.",
    county: "Fylke",
    allCounties: "Alle fylke",
    show: "Vis",
    summary: "{started} av {total} kommunar har starta. {withOverdue} har punkt som har passert fristen.",
    caption: "Sjekklister per kommune",
    municipality: "Kommune",
    countyColumn: "Fylke",
    progress: "Ferdige",
    progressValue: "{done} av {total}",
    overdue: "Passert frist",
    lastChanged: "Sist endra",
    viaRegion: "via {region}",
    never: "Aldri",
    none: "Ingen kommunar å vise.",
  },
  notFound: {
    title: "Fann ikkje sjekklista",
    text: "Vi fann ingen kommune, region eller punkt med denne adressa.",
  },
  items: {
    "organisational-form": {
      title: "Organisering av tilbodet",
      guidance:
        "Vurder om velkomsttilbodet skal drivast av kommunen, fylkeskommunen eller fleire kommunar saman, eller om det skal setjast ut til ein annan organisasjon. Kommunar med få innbyggjarar kan samarbeide interkommunalt. Andre enn kommunen kan òg drive tilbodet: den ideelle organisasjonen Welcome Hub Agder driv velkomsttilbodet for ein heil region.",
    },
    "cooperation-agreement": {
      title: "Samarbeidsavtale med klar ansvarsdeling",
      guidance:
        "Inngå ein samarbeidsavtale som seier tydeleg kven som gjer kva. Aktuelle partar er kommunen, fylkeskommunen som rådgivar og koordinator i regionen, politiet, Skatteetaten, Nav, næringslivet og næringsforeiningar, partane i arbeidslivet, frivillige organisasjonar og dei som tilbyr språkopplæring og onboarding.",
    },
    "contact-point": {
      title: "Koordinerande kontaktpunkt",
      guidance:
        "Avtal kven som skal vere det koordinerande kontaktpunktet for tilbodet. Mange har ein velkomstkoordinator eller tilflyttarrettleiar. Frøya kommune har ein tilflyttingskoordinator som jobbar i team med dei andre tenestene i kommunen.",
    },
    "content-plan": {
      title: "Plan for innhaldet",
      guidance:
        "Lag ein plan for kva tilbodet skal innehalde. Rettleiaren tilrår praktisk informasjon, høve til opplæring, informasjon som aukar deltakinga i fagforeiningar, frivilligheit og samfunnslivet, sosiale arrangement og nettverk, og jobb- og karrieremoglegheiter for medfølgjande partnar.",
    },
    "involve-immigrants": {
      title: "Arbeidsinnvandrarar og familiane deira er med",
      guidance:
        "Involver arbeidsinnvandrarar og familiane deira når de utformar tilbodet, slik at det treffer behova. Målgruppa er samansett, med ulik bakgrunn og ulike behov for informasjon og tilbod.",
    },
    "employers-volunteers": {
      title: "Samarbeid med arbeidsgivarar og frivillige",
      guidance:
        "Involver arbeidsgivarar og frivillig sektor, og avtal korleis de samarbeider. Samskaping gir eit breiare tilbod, og samarbeid med lokal frivilligheit kan vere nøkkelen til sosial integrering og samfunnsdeltaking. Ein frivilligheitskoordinator i kommunen kan vere bindeledd.",
    },
    "translation-interpreting": {
      title: "Omsetjing og tolk",
      guidance:
        "Sørg for at informasjonen er omsett, i klarspråk og på språk som når målgruppa, og vurder bruk av tolk i kvar aktivitet. Offentlege organ skal bruke kvalifisert tolk frå Nasjonalt tolkeregister når det trengst, og det er forbode å bruke barn som tolk.",
    },
    "services-overview": {
      title: "Oversikt over kommunale tenester",
      guidance:
        "Lag ei oversikt eller eit kart over dei kommunale tenestene med adresse og kontaktinformasjon: til dømes kvar skule, barnehage, legevakt, Nav-kontor og vaksenopplæring er, og korleis folk kontaktar dei.",
    },
    "meeting-place": {
      title: "Fysisk møteplass eller kontaktpunkt",
      guidance:
        "Vurder ein fysisk møteplass med faste opningstider, til dømes på biblioteket, frivilligsentralen, servicetorget eller vaksenopplæringa. Der kan folk få informasjon på eit språk dei forstår og hjelp med digitale tenester. Døme er velkomstmøte, innflyttarfest og drop-in med faste tider.",
    },
    "information-plan": {
      title: "Plan for å informere om tilbodet",
      guidance:
        "Lag ein plan for korleis de når ut. Gode kanalar er nettsidene til kommunen og fylkeskommunen, flygeblad og plakatar der målgruppa ferdast, sosiale medium, nyheitsbrev, eit «Velkommen til kommunen»-brev, servicetorget, og arbeidsgivarar og frivillige organisasjonar som møter målgruppa.",
    },
    financing: {
      title: "Finansiering",
      guidance:
        "Sørg for ei finansiering som passar tilbodet. Velkomstprogrammet i Rana er til dømes finansiert av lokalt næringsliv, Rana kommune og Nordland fylkeskommune saman.",
    },
  },
} as const satisfies CatalogShape<typeof readinessNb>;
