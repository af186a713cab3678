/**
 * Bokmål texts of the recognition navigator; this file defines the shape the other locales satisfy.
 * Notes for translators: plain language (B1), "you" form. Keep {occupation}, {body}, {url} and {days}
 * exactly; {body} becomes a Norwegian body name such as "Helsedirektoratet".
 */
export const recognitionNb = {
  why: {
    authorisationDomestic: "{occupation} er et lovregulert yrke. Utdanningen din er fra Norge. Du søker {body} om autorisasjon eller godkjenning.",
    authorisationEea:
      "{occupation} er et lovregulert yrke i Norge. Utdanningen din er fra et EU/EØS-land, så EØS-reglene gjelder (direktiv 2005/36/EF). {body} vurderer utdanningen og kan kreve at du utligner forskjeller med en prøveperiode eller en egnethetsprøve.",
    authorisationEeaHarmonised:
      "{occupation} er et lovregulert yrke i Norge. Utdanningen din er fra et EU/EØS-land, og denne utdanningen er lik i hele EØS (direktiv 2005/36/EF). Ga den deg rett til å jobbe i landet der du tok den, får du som regel godkjenning fra {body} uten flere krav.",
    authorisationEeaEducationThirdCountryCitizen:
      "{occupation} er et lovregulert yrke i Norge. Utdanningen din er fra et EU/EØS-land, men du er ikke EU/EØS-borger. Da gjelder de norske reglene, ikke EØS-direktivet. Du søker {body}.",
    authorisationThirdCountry:
      "{occupation} er et lovregulert yrke i Norge. Du må ha godkjenning fra {body} før du kan jobbe i yrket eller bruke tittelen. Utdanningen din er fra et land utenfor EU/EØS, så de norske reglene gjelder.",
    generalRecognition: "{body} kan godkjenne høyere utdanning fra utlandet og si hvilket nivå den har i Norge. Mange arbeidsgivere vil se en slik godkjenning.",
    generalRecognitionRegulated:
      "En generell godkjenning fra {body} gir deg ikke rett til å jobbe som {occupation}, men den viser nivået på utdanningen din og kan hjelpe deg å få annet relevant arbeid mens du venter.",
    undocumentedEducation:
      "Du kan ikke dokumentere utdanningen din. {body} har en egen ordning for personer uten dokumenter (UVD-ordningen). Du blir intervjuet og får en faglig oppgave.",
    vocationalRecognition: "{body} godkjenner fag- og yrkesopplæring fra noen land og i noen fag. Sjekk om landet og faget ditt er med.",
    vocationalUndocumented:
      "Uten dokumenter kan du ikke få fagopplæringen godkjent. Med nok erfaring kan du ta fagprøven som praksiskandidat i fylket der du bor.",
    subjectRecognition: "Vil du studere videre, søker du universitetet eller høyskolen om å få godkjent fag du har tatt (godskriving).",
    noneNeeded: "{occupation} er ikke et lovregulert yrke i Norge. Du kan jobbe i yrket uten godkjenning. Arbeidsgiveren bestemmer hvilke krav de har.",
    unverified: "Noe av dette kunne vi ikke kontrollere. Sjekk med {body} før du søker.",
  },
  steps: {
    applyTo: "Søk hos {body}: {url}",
    documents:
      "Send kopi av vitnemål, karakterutskrift og bevis på praksis. Dokumenter som ikke er på norsk, svensk, dansk eller engelsk, må oversettes av en statsautorisert translatør.",
    processing: "{body} oppgir en saksbehandlingstid på omtrent {days} dager.",
    missingDocuments: "Fortell {body} hvilke dokumenter du mangler, og spør hva de kan godta i stedet.",
    healthNorwegian: "Dokumenter norskkunnskaper på nivå B2.",
    healthNationalSubjects: "Ta kurs i nasjonale fag.",
    healthMedicines: "Ta prøve i legemiddelhåndtering (lege, tannlege, sykepleier og farmasøyt).",
    healthProfessionalTest: "Ta fagprøve (lege, sykepleier og tannlege).",
    electricalPractice: "Dokumenter minst ett års praksis i yrket de siste ti årene.",
    vocationalCheck: "Sjekk listen over land og fag hos {body} før du søker.",
    undocumentedApply: "Søk {body} om vurdering etter UVD-ordningen.",
    subjectApply: "Søk om godskriving når du søker opptak til studiet.",
    noneNeededApply: "Søk jobb direkte. Legg ved CV og kopi av vitnemål, gjerne oversatt.",
  },
  meanwhile: {
    "health-assistant": "Du kan jobbe som assistent i helse- og omsorgstjenesten mens du venter. Det krever ikke autorisasjon.",
    "supervised-assistant": "Du kan jobbe som hjelpearbeider under ledelse av en som har godkjenning.",
    "temporary-teacher": "Skoler og barnehager kan ansette deg midlertidig uten godkjenning når de ikke finner kvalifiserte søkere.",
    "related-work": "Du kan jobbe i beslektede yrker som ikke krever godkjenning.",
    applyNow: "Du kan søke jobb nå.",
    norwegian: "Lær norsk: mange godkjenninger og jobber krever gode norskkunnskaper.",
    careerGuidance: "Du kan få gratis karriereveiledning på karriereveiledning.no eller hos karrieresenteret i fylket.",
  },
};

export type RecognitionMessages = typeof recognitionNb;
