import type { Messages } from "./nb.ts";

export const nn = {
  determinations: {
    idNumberType: {
      title: "Norsk identitetsnummer",
      fodselsnummer:
        "Du skal bu i Noreg i {months} månader eller meir. Når du har meldt flytting og blir registrert som busett, får du eit fødselsnummer.",
      dNumberShortStay: "Du skal vere i Noreg kortare enn {months} månader. Då får du eit d-nummer. Det er eit mellombels identitetsnummer.",
      dNumberAsylumSeeker: "Medan søknaden om vern blir behandla, får du eit d-nummer. Det er eit mellombels identitetsnummer.",
    },
    eeaRegistration: {
      title: "Registrering hos politiet (EU/EØS)",
      required: "Du er EU/EØS-borgar og skal vere i Noreg i meir enn {months} månader. Då må du registrere deg hos politiet innan {deadline}.",
      shortStay: "Du skal vere i Noreg i {months} månader eller kortare. Då treng du ikkje registrere deg hos politiet.",
      nordic: "Nordiske borgarar skal ikkje registrere seg hos politiet. Du melder flytting til Skatteetaten.",
      familyNotEeaCitizen:
        "Du er familie til ein EU/EØS-borgar, men er ikkje sjølv EU/EØS-borgar. Du skal ikkje registrere deg, men søkje om opphaldskort hos UDI.",
      notEea: "Registreringsordninga gjeld berre EU/EØS-borgarar og familien deira. Du treng eit opphaldsløyve i staden.",
    },
    norwegianTraining: {
      title: "Opplæring i norsk og samfunnskunnskap",
      rightAndDuty: "Du har rett og plikt til gratis opplæring i norsk og samfunnskunnskap.",
      dutyOnly: "Du har plikt til å ta opplæring i norsk og samfunnskunnskap. Du må betale for opplæringa sjølv.",
      collectiveProtection:
        "Du har rett til gratis opplæring i norsk i eitt år frå du byrjar på opplæringa, men du har ikkje plikt. Samfunnskunnskap er ikkje med i dei mellombelse reglane for fordrivne frå Ukraina.",
      asylumSeeker: "Det er frivillig å bu i asylmottak. Asylsøkjarar frå {min} år som bur i mottak, har plikt til å delta i opplæring i norsk og samfunnskunnskap. Opplæringa er gratis.",
      notCoveredEea:
        "EU/EØS-borgarar og nordiske borgarar er ikkje omfatta av integreringslova. Du har ikkje rett til gratis opplæring, men du kan lære norsk på kurs, på nett og på språkkafé.",
      noRight: "Opphaldet ditt gir ikkje rett eller plikt til opplæring i norsk. Du kan likevel lære norsk på kurs, på nett og på språkkafé.",
      outsideAge: "Retten og plikta gjeld berre for personar mellom {min} og {max} år.",
    },
    introductionProgramme: {
      title: "Introduksjonsprogram",
      rightAndDuty: "Du er flyktning eller familie til ein flyktning og er mellom {min} og {max} år. Du har rett og plikt til å delta i introduksjonsprogrammet.",
      collectiveProtection:
        "Du har kollektivt vern. Du har rett til å delta i introduksjonsprogrammet, men ikkje plikt. Programmet kan vere på deltid.",
      collectiveProtectionRightAndDuty:
        "Du har kollektivt vern og er mellom {min} og {max} år. Dei mellombelse reglane gjeld ikkje lenger, så du har rett og plikt til å delta i introduksjonsprogrammet.",
      familyDependsOnApplication:
        "Familiemedlemmen din hadde budd i Noreg i {years} år eller meir då du kom. Det som tel, er når de søkte om familiegjenforeining. Søkte de før {date}, har du rett og plikt til introduksjonsprogram. Søkte de seinare, har du berre rett og plikt til opplæring i norsk.",
      familyDateMissing:
        "Vi veit ikkje når familiemedlemmen din vart busett i Noreg. Legg inn datoen, så kan vi sjå om du har rett til introduksjonsprogram.",
      outsideAge: "Introduksjonsprogrammet er for personar mellom {min} og {max} år.",
      over55: "Retten og plikta gjeld personar mellom {min} og {max} år. Kommunen kan likevel tilby deg introduksjonsprogram. Spør kommunen.",
      asylumSeeker: "Du kan ikkje delta medan du ventar på svar på søknaden om vern. Retten kan kome når du får opphald og blir busett i ein kommune.",
      notCovered: "Introduksjonsprogrammet er for flyktningar og familien deira. Det gjeld ikkje for din type opphald.",
    },
    regularGp: {
      title: "Fastlege",
      registeredResident: "Du blir registrert som busett i Noreg. Då har du rett til ein fastlege.",
      asylumSeeker: "Asylsøkjarar og familien deira har rett til ein fastlege.",
      notResident: "Med berre d-nummer har du vanlegvis ikkje rett til fastlege. Du kan bruke legevakt eller ein privat lege.",
    },
    localVote: {
      title: "Røysterett ved kommunestyre- og fylkestingsval",
      afterYears: "Utanlandske borgarar kan røyste ved lokalval når dei har vore registrerte som busette i Noreg i {years} år. For deg gjeld det frå {date}.",
      nordic: "Nordiske borgarar kan røyste ved lokalval dersom dei er registrerte som busette i Noreg seinast {cutoff} i valåret. For deg gjeld det frå {date}.",
      nordicAfterCutoff:
        "Nordiske borgarar kan røyste ved lokalval dersom dei er registrerte som busette i Noreg seinast {cutoff} i valåret. Du kom etter {cutoff}, så du kan ikkje røyste ved eit lokalval det året. For deg gjeld det frå {date}.",
      stayEndsFirst: "Du kan røyste ved lokalval når du har vore registrert som busett i Noreg i {years} år. Opphaldet du har planlagt, sluttar før det.",
      notResident: "Berre personar som er registrerte som busette i Noreg, kan røyste ved lokalval. Med d-nummer eller som asylsøkjar er du ikkje registrert som busett.",
    },
    children: {
      title: "Skule for barn og ungdom",
      summary:
        "Barn mellom {schoolMin} og {schoolMax} år som skal vere i Noreg i meir enn {months} månader, har rett og plikt til å gå på skule. Ungdom mellom {upperMin} og {upperMax} år har rett til vidaregåande opplæring.",
      none: "Du har ikkje lagt inn nokon barn.",
    },
  },
  ruleChecks: {
    endUnconfirmed: "Regelen skulle etter lova slutte {date}. Vi undersøkjer om han er forlengd. Til vi veit det, viser vi regelen som galdt sist. Sjekk kjelda: {source}.",
    reviewOverdue: "Denne regelen vart sist kontrollert {lastReviewed}. Vi kontrollerer han på nytt. Sjekk kjelda: {source}.",
  },
  steps: {
    "welcome-meeting": {
      title: "Gå på eit velkomstmøte",
      why: "Mange kommunar har velkomstmøte og stader der nye innbyggjarar får hjelp og informasjon. Spør kommunen kva dei tilbyr.",
      documents: [],
    },
    "apply-residence-permit": {
      title: "Søk om opphaldsløyve",
      why: "Du treng opphaldsløyve (eller opphaldskort) frå UDI for å bu og arbeide i Noreg. Som hovudregel må løyvet vere gitt før du reiser inn i Noreg, men nokre kan søkje herifrå. Du kan ikkje byrje å arbeide før du har fått svar. Etterpå møter du hos politiet for å vise ID.",
      documents: ["Pass", "Passbilete", "Arbeidskontrakt, studieplass eller papir om familien, etter kva du søkjer om"],
    },
    "eea-registration": {
      title: "Registrer deg hos politiet",
      why: "Registrer deg på nett og bestill time hos politiet. Gjer det innan {deadline}. Då får du eit registreringsbevis.",
      documents: ["Pass eller nasjonalt ID-kort", "Arbeidskontrakt, eller papir på studium eller eigne pengar"],
    },
    "report-move": {
      title: "Meld flytting til Noreg",
      why: "Du skal bu i Noreg i {months} månader eller meir. Meld flytting til Skatteetaten innan {deadline}.",
      documents: ["Pass eller nasjonalt ID-kort", "Leigekontrakt eller anna stadfesting på kvar du bur", "Arbeidskontrakt", "Registreringsbevis frå politiet (EU/EØS-borgarar)"],
    },
    "id-check-tax-office": {
      title: "Vis ID på eit skattekontor",
      why: "For å få eit norsk identitetsnummer må du vise pass eller ID-kort på eit skattekontor. Bestill time først.",
      documents: ["Pass eller nasjonalt ID-kort", "Registreringsbevis frå politiet (EU/EØS-borgarar)", "Arbeidskontrakt"],
    },
    "national-insurance-health": {
      title: "Lær korleis helsetenesta fungerer",
      why: "Alle kan få akutt hjelp på legevakta, telefon 116 117. Ring 113 viss det er fare for liv. På helsenorge.no står det korleis helsetenesta i Noreg fungerer.",
      documents: [],
    },
    "tax-deduction-card": {
      title: "Skaff skattekort",
      why: "Du treng skattekort før du får løn. Utan skattekort må arbeidsgivaren trekkje mykje skatt.",
      documents: ["Norsk identitetsnummer (fødselsnummer eller d-nummer)", "Arbeidskontrakt"],
    },
    "bank-account": {
      title: "Opne ein bankkonto",
      why: "Du treng ein norsk bankkonto for å få løn og betale rekningar. Mange bankar vil ha eit norsk identitetsnummer. Nokre bankar opnar ikkje konto for personar med berre d-nummer.",
      documents: ["Pass", "Brevet med norsk identitetsnummer", "Arbeidskontrakt", "Leigekontrakt"],
    },
    "electronic-id": {
      title: "Skaff elektronisk ID",
      why: "Med elektronisk ID kan du bruke offentlege tenester på nett. BankID får du frå banken. MinID er eit alternativ, men gir tilgang til færre tenester.",
      documents: ["Pass", "Norsk identitetsnummer", "Norsk bankkonto (for BankID)"],
    },
    "regular-gp": {
      title: "Vel fastlege",
      why: "Vel fastlege på helsenorge.no, eller ring Rettleiing helsenorge.",
      documents: [],
    },
    housing: {
      title: "Finn ein stad å bu",
      why: "Spør kommunen om bustad. Har du låg inntekt og høge buutgifter, kan du kanskje få bustøtte.",
      documents: [],
    },
    "introduction-programme": {
      title: "Start i introduksjonsprogrammet",
      why: "Kommunen lagar ein plan saman med deg og fortel når du kan starte.",
      documents: [],
    },
    "norwegian-training": {
      title: "Lær norsk",
      why: "Spør kommunen om kurs i norsk. Du kan òg øve på nett og på språkkafé.",
      documents: [],
    },
    "school-enrolment": {
      title: "Meld barna inn på skulen",
      why: "Barn mellom {min} og {max} år som skal vere i Noreg i meir enn {months} månader, har rett og plikt til å gå på skule. Kontakt kommunen eller skulen der de bur.",
      documents: ["Passa eller fødselsattestane til barna", "Vitnemål eller karakterar frå tidlegare skule, viss de har", "Vaksinekort, viss de har"],
    },
    kindergarten: {
      title: "Søk barnehageplass",
      why: "Barn frå {min} år har rett til plass i barnehage. Søk hos kommunen. Det er faste søknadsfristar, men du kan søkje når som helst.",
      documents: ["Fødselsattestane eller passa til barna"],
    },
    "upper-secondary-application": {
      title: "Søk vidaregåande skule",
      why: "Ungdom mellom {min} og {max} år har rett til vidaregåande opplæring. Søk på vilbli.no. Hovudfristen er om vinteren, men spør fylkeskommunen viss de kjem seinare.",
      documents: ["Vitnemål frå skule i heimlandet, gjerne omsett", "Pass"],
    },
    "recognition-of-qualifications": {
      title: "Få utdanninga di godkjend",
      why: "Nokre yrke krev godkjenning av utdanninga, til dømes i helse. Alle kan søkje om å få utdanning frå utlandet vurdert. HK-dir tek imot søknadene.",
      documents: ["Vitnemål og karakterutskrift", "Omsetjing av vitnemålet, viss det ikkje er på norsk eller engelsk", "Pass"],
    },
    "career-guidance": {
      title: "Få gratis karriererettleiing",
      why: "Karrieresentera i fylket gir gratis rettleiing til alle over {min} år. Dei hjelper deg med arbeid, utdanning og godkjenning.",
      documents: [],
    },
    "union-and-work-rights": {
      title: "Kjenn rettane dine i arbeidslivet",
      why: "I Noreg har du rett på skriftleg arbeidskontrakt, trygg arbeidsplass og lovleg løn. Arbeidsgivaren er første kontakt. Ei fagforeining og Arbeidstilsynet kan hjelpe deg.",
      documents: [],
    },
  },
  deadlineAfterArrival: {
    days: "{count} dagar etter ankomst",
    months: "{count} månader etter ankomst",
  },
  programme: {
    programmeGoal: {
      title: "Sluttmål for programmet",
      given: "Sluttmålet står i integreringsplanen.",
      educated: "Du har vidaregåande opplæring eller høgare utdanning. Då er sluttmålet som hovudregel arbeid eller høgare utdanning. Forslaget er arbeid.",
      young: "Du er under {age} år og har ikkje fullført vidaregåande opplæring. Då er hovudregelen at sluttmålet er fullført vidaregåande opplæring.",
      adult: "Du er {age} år eller eldre og har ikkje fullført vidaregåande opplæring. Forslaget er arbeid. Vidaregåande opplæring kan òg vere eit sluttmål.",
      collectiveProtection: "Du har kollektivt vern og vidaregåande opplæring eller høgare utdanning. Programmet er kort og arbeidsretta, og målet er å kome raskt i arbeid.",
    },
    programmeDuration: {
      title: "Lengd på programmet",
      withUpperSecondary: "Med vidaregåande opplæring eller høgare utdanning varer programmet frå {min} til {max} månader. Det kan forlengjast med inntil {extension} månader.",
      collectiveProtection: "Med kollektivt vern og vidaregåande opplæring eller høgare utdanning får du eit kort, arbeidsretta program på {min} til {max} månader. Det kan forlengjast med inntil {extension} månader.",
      goalUpperSecondary: "Du har ikkje vidaregåande opplæring, og målet er å fullføre ho i programmet. Då kan programmet vare i inntil {max} månader og forlengjast med inntil {extension} månader.",
      goalUpperSecondaryPartial: "Du har ikkje vidaregåande opplæring, og målet er å fullføre delar av ho i programmet. Då varer programmet frå {min} til {max} månader og kan forlengjast med inntil {extension} månader.",
      withoutUpperSecondary: "Du har ikkje vidaregåande opplæring, og målet er ikkje å fullføre ho i programmet. Då kan programmet vare i inntil {max} månader og forlengjast med inntil {extension} månader.",
      noRight: "Du har ikkje rett til introduksjonsprogram, så det er inga programtid.",
      ends: "Med start {start} varer programmet til og med {standardEnd}, eller til og med {latestEnd} med forlenging. Permisjon kjem i tillegg.",
      noStart: "Sluttdatoane kjem når startdatoen er sett.",
    },
    introductionBenefit: {
      title: "Introduksjonsstønad",
      full: "Du er {age} år eller eldre og får full stønad: {multiple} gonger grunnbeløpet (G), det vil seie {perYear} kroner i året eller {perMonth} kroner i månaden.",
      youngAlone: "Du er under {age} år og bur ikkje saman med foreldra dine. Då får du to tredjedelar av full stønad: {perYear} kroner i året eller {perMonth} kroner i månaden.",
      youngWithParents: "Du er under {age} år og bur saman med ein av foreldra dine eller begge. Då får du ein tredjedel av full stønad: {perYear} kroner i året eller {perMonth} kroner i månaden.",
      basicAmount: "Beløpa byggjer på G frå {validFrom}: {basicAmount} kroner. Stønaden blir berre utbetalt til deltakarar i programmet.",
      notReviewed: "G frå {nextAdjustment} er ikkje gått gjennom i desse reglane enno. Beløpa er difor rekna med G frå {validFrom}, den siste vi har gått gjennom. Dei blir endra når ny G er fastsett.",
    },
    parentalGuidance: {
      title: "Foreldrerettleiing",
      required: "Du har barn under {age} år. Då skal du ta kurs i foreldrerettleiing i programmet.",
      notRequired: "Du har ikkje barn under {age} år. Får du barn medan du er i programmet, skal du ta kurs i foreldrerettleiing.",
      collectiveProtection: "Dei mellombelse reglane for kollektivt vern krev ikkje kurs i foreldrerettleiing, men kommunen kan tilby det.",
      noProgramme: "Kurset i foreldrerettleiing er ein del av introduksjonsprogrammet, og du har ikkje rett til programmet.",
    },
    fullTime: {
      title: "Heiltid eller deltid",
      required: "Introduksjonsprogrammet er på heiltid.",
      partTimePossible: "Med kollektivt vern kan programmet vere på deltid, til dømes ved sida av ein deltidsjobb.",
      noProgramme: "Du har ikkje rett til introduksjonsprogram.",
    },
    norwegianTraining: {
      rightEnds: "Retten varer til og med {date}.",
      rightEndsAfterStart: "Retten varer i {months} månader frå du byrjar på opplæringa.",
    },
    socialStudies: {
      title: "Samfunnskunnskap",
      rightAndDuty: "Du har rett og plikt til {hours} timar gratis samfunnskunnskap på eit språk du forstår. Han skal vere fullført innan {deadline}.",
      dutyOnly: "Du har plikt til {hours} timar samfunnskunnskap på eit språk du forstår, og betaler sjølv. Han skal vere fullført innan {deadline}.",
      asylumSeeker: "Det er frivillig å bu i asylmottak. Bur du i mottak, har du plikt til {hours} timar samfunnskunnskap.",
      collectiveProtection: "Med kollektivt vern har du verken rett eller plikt til samfunnskunnskap etter dei mellombelse reglane.",
      notCovered: "Du har verken rett eller plikt til samfunnskunnskap etter integreringslova.",
    },
  },
} satisfies Messages;
