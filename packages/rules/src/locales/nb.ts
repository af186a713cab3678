/**
 * Bokmål: the source language. This file defines the shape every other locale must satisfy.
 *
 * Notes for translators:
 * - Plain language (B1 or simpler): short sentences, everyday words, "you" form.
 * - Keep placeholders in curly braces exactly as written: {deadline}, {date}, {start}, {standardEnd},
 *   {latestEnd}, {validFrom} and {nextAdjustment} become a date ("10. mai 2025"), {cutoff} a day and
 *   month ("30. juni"), {perYear}, {perMonth} and {basicAmount} an amount ("136 549"), the others numbers.
 * - Keep Norwegian names of services in parentheses (fødselsnummer, fastlege, legevakt …): people meet them in letters and on signs.
 * - `documents` are short items of a checklist, one thing each; keep the same number of items.
 */
export const nb = {
  determinations: {
    idNumberType: {
      title: "Norsk identitetsnummer",
      fodselsnummer:
        "Du skal bo i Norge i {months} måneder eller mer. Når du har meldt flytting og blir registrert som bosatt, får du et fødselsnummer.",
      dNumberShortStay: "Du skal være i Norge kortere enn {months} måneder. Da får du et d-nummer. Det er et midlertidig identitetsnummer.",
      dNumberAsylumSeeker: "Mens søknaden om beskyttelse blir behandlet, får du et d-nummer. Det er et midlertidig identitetsnummer.",
    },
    eeaRegistration: {
      title: "Registrering hos politiet (EU/EØS)",
      required: "Du er EU/EØS-borger og skal være i Norge i mer enn {months} måneder. Da må du registrere deg hos politiet innen {deadline}.",
      shortStay: "Du skal være i Norge i {months} måneder eller kortere. Da trenger du ikke å registrere deg hos politiet.",
      nordic: "Nordiske borgere skal ikke registrere seg hos politiet. Du melder flytting til Skatteetaten.",
      familyNotEeaCitizen:
        "Du er familie til en EU/EØS-borger, men er ikke selv EU/EØS-borger. Du skal ikke registrere deg, men søke om oppholdskort hos UDI.",
      notEea: "Registreringsordningen gjelder bare EU/EØS-borgere og familien deres. Du trenger en oppholdstillatelse i stedet.",
    },
    norwegianTraining: {
      title: "Opplæring i norsk og samfunnskunnskap",
      rightAndDuty: "Du har rett og plikt til gratis opplæring i norsk og samfunnskunnskap.",
      dutyOnly: "Du har plikt til å ta opplæring i norsk og samfunnskunnskap. Du må betale for opplæringen selv.",
      collectiveProtection:
        "Du har rett til gratis opplæring i norsk i ett år fra du begynner på opplæringen, men du har ikke plikt. Samfunnskunnskap er ikke med i de midlertidige reglene for fordrevne fra Ukraina.",
      asylumSeeker: "Det er frivillig å bo i asylmottak. Asylsøkere fra {min} år som bor i mottak, har plikt til å delta i opplæring i norsk og samfunnskunnskap. Opplæringen er gratis.",
      notCoveredEea: "EU/EØS-borgere og nordiske borgere er ikke omfattet av integreringsloven. Du har ikke rett til gratis opplæring, men du kan lære norsk på kurs, på nett og på språkkafé.",
      noRight: "Oppholdet ditt gir ikke rett eller plikt til opplæring i norsk. Du kan likevel lære norsk på kurs, på nett og på språkkafé.",
      outsideAge: "Retten og plikten gjelder bare for personer mellom {min} og {max} år.",
    },
    introductionProgramme: {
      title: "Introduksjonsprogram",
      rightAndDuty: "Du er flyktning eller familie til en flyktning og er mellom {min} og {max} år. Du har rett og plikt til å delta i introduksjonsprogrammet.",
      collectiveProtection:
        "Du har kollektiv beskyttelse. Du har rett til å delta i introduksjonsprogrammet, men ikke plikt. Programmet kan være på deltid.",
      collectiveProtectionRightAndDuty:
        "Du har kollektiv beskyttelse og er mellom {min} og {max} år. De midlertidige reglene gjelder ikke lenger, så du har rett og plikt til å delta i introduksjonsprogrammet.",
      familyDependsOnApplication:
        "Familiemedlemmet ditt hadde bodd i Norge i {years} år eller mer da du kom. Det som teller, er når dere søkte om familiegjenforening. Søkte dere før {date}, har du rett og plikt til introduksjonsprogram. Søkte dere senere, har du bare rett og plikt til opplæring i norsk.",
      familyDateMissing:
        "Vi vet ikke når familiemedlemmet ditt ble bosatt i Norge. Legg inn datoen, så kan vi se om du har rett til introduksjonsprogram.",
      outsideAge: "Introduksjonsprogrammet er for personer mellom {min} og {max} år.",
      over55: "Retten og plikten gjelder personer mellom {min} og {max} år. Kommunen kan likevel tilby deg introduksjonsprogram. Spør kommunen.",
      asylumSeeker: "Du kan ikke delta mens du venter på svar på søknaden om beskyttelse. Retten kan komme når du får opphold og blir bosatt i en kommune.",
      notCovered: "Introduksjonsprogrammet er for flyktninger og familien deres. Det gjelder ikke for din type opphold.",
    },
    regularGp: {
      title: "Fastlege",
      registeredResident: "Du blir registrert som bosatt i Norge. Da har du rett til en fastlege.",
      asylumSeeker: "Asylsøkere og familien deres har rett til en fastlege.",
      notResident:
        "Med bare d-nummer har du vanligvis ikke rett til fastlege. Du kan bruke legevakt eller en privat lege.",
    },
    localVote: {
      title: "Stemmerett ved kommunestyre- og fylkestingsvalg",
      afterYears: "Utenlandske borgere kan stemme ved lokalvalg når de har vært registrert som bosatt i Norge i {years} år. For deg gjelder det fra {date}.",
      nordic:
        "Nordiske borgere kan stemme ved lokalvalg hvis de er registrert som bosatt i Norge senest {cutoff} i valgåret. For deg gjelder det fra {date}.",
      nordicAfterCutoff:
        "Nordiske borgere kan stemme ved lokalvalg hvis de er registrert som bosatt i Norge senest {cutoff} i valgåret. Du kom etter {cutoff}, så du kan ikke stemme ved et lokalvalg det året. For deg gjelder det fra {date}.",
      stayEndsFirst: "Du kan stemme ved lokalvalg når du har vært registrert som bosatt i Norge i {years} år. Oppholdet du har planlagt, slutter før det.",
      notResident: "Bare personer som er registrert som bosatt i Norge, kan stemme ved lokalvalg. Med d-nummer eller som asylsøker er du ikke registrert som bosatt.",
    },
    children: {
      title: "Skole for barn og ungdom",
      summary:
        "Barn mellom {schoolMin} og {schoolMax} år som skal være i Norge i mer enn {months} måneder, har rett og plikt til å gå på skole. Ungdom mellom {upperMin} og {upperMax} år har rett til videregående opplæring.",
      none: "Du har ikke lagt inn noen barn.",
    },
  },
  ruleChecks: {
    endUnconfirmed: "Regelen skulle etter loven slutte {date}. Vi undersøker om den er forlenget. Til vi vet det, viser vi regelen som gjaldt sist. Sjekk kilden: {source}.",
    reviewOverdue: "Denne regelen ble sist kontrollert {lastReviewed}. Vi kontrollerer den på nytt. Sjekk kilden: {source}.",
  },
  steps: {
    "welcome-meeting": {
      title: "Gå på et velkomstmøte",
      why: "Mange kommuner har velkomstmøter og steder der nye innbyggere får hjelp og informasjon. Spør kommunen hva de tilbyr.",
      documents: [] as string[],
    },
    "apply-residence-permit": {
      title: "Søk om oppholdstillatelse",
      why: "Du trenger oppholdstillatelse (eller oppholdskort) fra UDI for å bo og jobbe i Norge. Som hovedregel må tillatelsen være gitt før du reiser inn i Norge, men noen kan søke herfra. Du kan ikke begynne å jobbe før du har fått svar. Etterpå møter du hos politiet for å vise ID.",
      documents: ["Pass", "Passbilde", "Arbeidskontrakt, studieplass eller papirer om familien, etter hva du søker om"],
    },
    "eea-registration": {
      title: "Registrer deg hos politiet",
      why: "Registrer deg på nett og bestill time hos politiet. Gjør det innen {deadline}. Da får du et registreringsbevis.",
      documents: ["Pass eller nasjonalt ID-kort", "Arbeidskontrakt, eller papirer på studier eller egne penger"],
    },
    "report-move": {
      title: "Meld flytting til Norge",
      why: "Du skal bo i Norge i {months} måneder eller mer. Meld flytting til Skatteetaten innen {deadline}.",
      documents: ["Pass eller nasjonalt ID-kort", "Leiekontrakt eller annen bekreftelse på hvor du bor", "Arbeidskontrakt", "Registreringsbevis fra politiet (EU/EØS-borgere)"],
    },
    "id-check-tax-office": {
      title: "Vis ID på et skattekontor",
      why: "For å få et norsk identitetsnummer må du vise pass eller ID-kort på et skattekontor. Bestill time først.",
      documents: ["Pass eller nasjonalt ID-kort", "Registreringsbevis fra politiet (EU/EØS-borgere)", "Arbeidskontrakt"],
    },
    "national-insurance-health": {
      title: "Lær hvordan helsetjenesten fungerer",
      why: "Alle kan få akutt hjelp på legevakten, telefon 116 117. Ring 113 hvis det er fare for liv. På helsenorge.no står det hvordan helsetjenesten i Norge fungerer.",
      documents: [] as string[],
    },
    "tax-deduction-card": {
      title: "Skaff skattekort",
      why: "Du trenger skattekort før du får lønn. Uten skattekort må arbeidsgiveren trekke mye skatt.",
      documents: ["Norsk identitetsnummer (fødselsnummer eller d-nummer)", "Arbeidskontrakt"],
    },
    "bank-account": {
      title: "Åpne en bankkonto",
      why: "Du trenger en norsk bankkonto for å få lønn og betale regninger. Mange banker vil ha et norsk identitetsnummer. Noen banker åpner ikke konto for personer med bare d-nummer.",
      documents: ["Pass", "Brevet med norsk identitetsnummer", "Arbeidskontrakt", "Leiekontrakt"],
    },
    "electronic-id": {
      title: "Skaff elektronisk ID",
      why: "Med elektronisk ID kan du bruke offentlige tjenester på nett. BankID får du fra banken. MinID er et alternativ, men gir tilgang til færre tjenester.",
      documents: ["Pass", "Norsk identitetsnummer", "Norsk bankkonto (for BankID)"],
    },
    "regular-gp": {
      title: "Velg fastlege",
      why: "Velg fastlege på helsenorge.no, eller ring Veiledning helsenorge.",
      documents: [] as string[],
    },
    housing: {
      title: "Finn et sted å bo",
      why: "Spør kommunen om bolig. Har du lav inntekt og høye boutgifter, kan du kanskje få bostøtte.",
      documents: [] as string[],
    },
    "introduction-programme": {
      title: "Start i introduksjonsprogrammet",
      why: "Kommunen lager en plan sammen med deg og forteller når du kan starte.",
      documents: [] as string[],
    },
    "norwegian-training": {
      title: "Lær norsk",
      why: "Spør kommunen om kurs i norsk. Du kan også øve på nett og på språkkafé.",
      documents: [] as string[],
    },
    "school-enrolment": {
      title: "Meld barna inn på skolen",
      why: "Barn mellom {min} og {max} år som skal være i Norge i mer enn {months} måneder, har rett og plikt til å gå på skole. Kontakt kommunen eller skolen der dere bor.",
      documents: ["Barnas pass eller fødselsattest", "Vitnemål eller karakterer fra tidligere skole, hvis dere har", "Vaksinekort, hvis dere har"],
    },
    kindergarten: {
      title: "Søk barnehageplass",
      why: "Barn fra {min} år har rett til plass i barnehage. Søk hos kommunen. Det er faste søknadsfrister, men du kan søke når som helst.",
      documents: ["Barnas fødselsattest eller pass"],
    },
    "upper-secondary-application": {
      title: "Søk videregående skole",
      why: "Ungdom mellom {min} og {max} år har rett til videregående opplæring. Søk på vilbli.no. Hovedfristen er om vinteren, men spør fylkeskommunen hvis dere kommer senere.",
      documents: ["Vitnemål fra skole i hjemlandet, gjerne oversatt", "Pass"],
    },
    "recognition-of-qualifications": {
      title: "Få utdanningen din godkjent",
      why: "Noen yrker krever godkjenning av utdanningen, for eksempel i helse. Alle kan søke om å få utdanning fra utlandet vurdert. HK-dir tar imot søknadene.",
      documents: ["Vitnemål og karakterutskrift", "Oversettelse av vitnemålet, hvis det ikke er på norsk eller engelsk", "Pass"],
    },
    "career-guidance": {
      title: "Få gratis karriereveiledning",
      why: "Karrieresentrene i fylket gir gratis veiledning til alle over {min} år. De hjelper deg med jobb, utdanning og godkjenning.",
      documents: [] as string[],
    },
    "union-and-work-rights": {
      title: "Kjenn rettighetene dine i arbeidslivet",
      why: "I Norge har du rett på skriftlig arbeidskontrakt, trygg arbeidsplass og lovlig lønn. Arbeidsgiveren er første kontakt. En fagforening og Arbeidstilsynet kan hjelpe deg.",
      documents: [] as string[],
    },
  },
  /**
   * A deadline counted from arrival when only the month of arrival is known; it fills {deadline}
   * ("innen {deadline}" → "innen 8 dager etter ankomst"), so it must read after that sentence's word for "by".
   */
  deadlineAfterArrival: {
    days: "{count} dager etter ankomst",
    months: "{count} måneder etter ankomst",
  },
  programme: {
    programmeGoal: {
      title: "Sluttmål for programmet",
      given: "Sluttmålet står i integreringsplanen.",
      educated: "Du har videregående opplæring eller høyere utdanning. Da er sluttmålet som hovedregel arbeid eller høyere utdanning. Forslaget er arbeid.",
      young: "Du er under {age} år og har ikke fullført videregående opplæring. Da er hovedregelen at sluttmålet er fullført videregående opplæring.",
      adult: "Du er {age} år eller eldre og har ikke fullført videregående opplæring. Forslaget er arbeid. Videregående opplæring kan også være et sluttmål.",
      collectiveProtection: "Du har kollektiv beskyttelse og videregående opplæring eller høyere utdanning. Programmet er kort og arbeidsrettet, og målet er å komme raskt i arbeid.",
    },
    programmeDuration: {
      title: "Lengde på programmet",
      withUpperSecondary: "Med videregående opplæring eller høyere utdanning varer programmet fra {min} til {max} måneder. Det kan forlenges med inntil {extension} måneder.",
      collectiveProtection: "Med kollektiv beskyttelse og videregående opplæring eller høyere utdanning får du et kort, arbeidsrettet program på {min} til {max} måneder. Det kan forlenges med inntil {extension} måneder.",
      goalUpperSecondary: "Du har ikke videregående opplæring, og målet er å fullføre den i programmet. Da kan programmet vare i inntil {max} måneder og forlenges med inntil {extension} måneder.",
      goalUpperSecondaryPartial: "Du har ikke videregående opplæring, og målet er å fullføre deler av den i programmet. Da varer programmet fra {min} til {max} måneder og kan forlenges med inntil {extension} måneder.",
      withoutUpperSecondary: "Du har ikke videregående opplæring, og målet er ikke å fullføre den i programmet. Da kan programmet vare i inntil {max} måneder og forlenges med inntil {extension} måneder.",
      noRight: "Du har ikke rett til introduksjonsprogram, så det er ingen programtid.",
      ends: "Med start {start} varer programmet til og med {standardEnd}, eller til og med {latestEnd} med forlengelse. Permisjon kommer i tillegg.",
      noStart: "Sluttdatoene kommer når startdatoen er satt.",
    },
    introductionBenefit: {
      title: "Introduksjonsstønad",
      full: "Du er {age} år eller eldre og får full stønad: {multiple} ganger grunnbeløpet (G), det vil si {perYear} kroner i året eller {perMonth} kroner i måneden.",
      youngAlone: "Du er under {age} år og bor ikke sammen med foreldrene dine. Da får du to tredjedeler av full stønad: {perYear} kroner i året eller {perMonth} kroner i måneden.",
      youngWithParents: "Du er under {age} år og bor sammen med en av foreldrene dine eller begge. Da får du en tredjedel av full stønad: {perYear} kroner i året eller {perMonth} kroner i måneden.",
      basicAmount: "Beløpene bygger på G fra {validFrom}: {basicAmount} kroner. Stønaden blir bare utbetalt til deltakere i programmet.",
      notReviewed: "G fra {nextAdjustment} er ikke gjennomgått i disse reglene ennå. Beløpene er derfor regnet med G fra {validFrom}, den siste vi har gjennomgått. De endres når ny G er fastsatt.",
    },
    parentalGuidance: {
      title: "Foreldreveiledning",
      required: "Du har barn under {age} år. Da skal du ta kurs i foreldreveiledning i programmet.",
      notRequired: "Du har ikke barn under {age} år. Får du barn mens du er i programmet, skal du ta kurs i foreldreveiledning.",
      collectiveProtection: "De midlertidige reglene for kollektiv beskyttelse krever ikke kurs i foreldreveiledning, men kommunen kan tilby det.",
      noProgramme: "Kurset i foreldreveiledning er en del av introduksjonsprogrammet, og du har ikke rett til programmet.",
    },
    fullTime: {
      title: "Heltid eller deltid",
      required: "Introduksjonsprogrammet er på heltid.",
      partTimePossible: "Med kollektiv beskyttelse kan programmet være på deltid, for eksempel ved siden av en deltidsjobb.",
      noProgramme: "Du har ikke rett til introduksjonsprogram.",
    },
    norwegianTraining: {
      rightEnds: "Retten varer til og med {date}.",
      rightEndsAfterStart: "Retten varer i {months} måneder fra du begynner på opplæringen.",
    },
    socialStudies: {
      title: "Samfunnskunnskap",
      rightAndDuty: "Du har rett og plikt til {hours} timer gratis samfunnskunnskap på et språk du forstår. Den skal være fullført innen {deadline}.",
      dutyOnly: "Du har plikt til {hours} timer samfunnskunnskap på et språk du forstår, og betaler selv. Den skal være fullført innen {deadline}.",
      asylumSeeker: "Det er frivillig å bo i asylmottak. Bor du i mottak, har du plikt til {hours} timer samfunnskunnskap.",
      collectiveProtection: "Med kollektiv beskyttelse har du verken rett eller plikt til samfunnskunnskap etter de midlertidige reglene.",
      notCovered: "Du har verken rett eller plikt til samfunnskunnskap etter integreringsloven.",
    },
  },
};

export type Messages = typeof nb;
