import type { RecognitionMessages } from "./nb.ts";

export const recognitionNn = {
  why: {
    authorisationDomestic: "{occupation} er eit lovregulert yrke. Utdanninga di er frå Noreg. Du søkjer {body} om autorisasjon eller godkjenning.",
    authorisationEea:
      "{occupation} er eit lovregulert yrke i Noreg. Utdanninga di er frå eit EU/EØS-land, så EØS-reglane gjeld (direktiv 2005/36/EF). {body} vurderer utdanninga og kan krevje at du jamnar ut skilnader med ein prøveperiode eller ei eignaprøve.",
    authorisationEeaHarmonised:
      "{occupation} er eit lovregulert yrke i Noreg. Utdanninga di er frå eit EU/EØS-land, og denne utdanninga er lik i heile EØS (direktiv 2005/36/EF). Gav ho deg rett til å arbeide i landet der du tok ho, får du som regel godkjenning frå {body} utan fleire krav.",
    authorisationEeaEducationThirdCountryCitizen:
      "{occupation} er eit lovregulert yrke i Noreg. Utdanninga di er frå eit EU/EØS-land, men du er ikkje EU/EØS-borgar. Då gjeld dei norske reglane, ikkje EØS-direktivet. Du søkjer {body}.",
    authorisationThirdCountry:
      "{occupation} er eit lovregulert yrke i Noreg. Du må ha godkjenning frå {body} før du kan arbeide i yrket eller bruke tittelen. Utdanninga di er frå eit land utanfor EU/EØS, så dei norske reglane gjeld.",
    generalRecognition: "{body} kan godkjenne høgare utdanning frå utlandet og seie kva nivå ho har i Noreg. Mange arbeidsgivarar vil sjå ei slik godkjenning.",
    generalRecognitionRegulated:
      "Ei generell godkjenning frå {body} gir deg ikkje rett til å arbeide som {occupation}, men ho viser nivået på utdanninga di og kan hjelpe deg å få anna relevant arbeid medan du ventar.",
    undocumentedEducation:
      "Du kan ikkje dokumentere utdanninga di. {body} har ei eiga ordning for personar utan dokument (UVD-ordninga). Du blir intervjua og får ei fagleg oppgåve.",
    vocationalRecognition: "{body} godkjenner fag- og yrkesopplæring frå nokre land og i nokre fag. Sjekk om landet og faget ditt er med.",
    vocationalUndocumented:
      "Utan dokument kan du ikkje få fagopplæringa godkjend. Med nok erfaring kan du ta fagprøva som praksiskandidat i fylket der du bur.",
    subjectRecognition: "Vil du studere vidare, søkjer du universitetet eller høgskulen om å få godkjent fag du har teke (godskriving).",
    noneNeeded: "{occupation} er ikkje eit lovregulert yrke i Noreg. Du kan arbeide i yrket utan godkjenning. Arbeidsgivaren bestemmer kva krav dei har.",
    unverified: "Noko av dette kunne vi ikkje kontrollere. Sjekk med {body} før du søkjer.",
  },
  steps: {
    applyTo: "Søk hos {body}: {url}",
    documents:
      "Send kopi av vitnemål, karakterutskrift og prov på praksis. Dokument som ikkje er på norsk, svensk, dansk eller engelsk, må omsetjast av ein statsautorisert translatør.",
    processing: "{body} oppgir ei sakshandsamingstid på om lag {days} dagar.",
    missingDocuments: "Fortel {body} kva dokument du manglar, og spør kva dei kan godta i staden.",
    healthNorwegian: "Dokumenter norskkunnskapar på nivå B2.",
    healthNationalSubjects: "Ta kurs i nasjonale fag.",
    healthMedicines: "Ta prøve i legemiddelhandtering (lege, tannlege, sjukepleiar og farmasøyt).",
    healthProfessionalTest: "Ta fagprøve (lege, sjukepleiar og tannlege).",
    electricalPractice: "Dokumenter minst eitt års praksis i yrket dei siste ti åra.",
    vocationalCheck: "Sjekk lista over land og fag hos {body} før du søkjer.",
    undocumentedApply: "Søk {body} om vurdering etter UVD-ordninga.",
    subjectApply: "Søk om godskriving når du søkjer opptak til studiet.",
    noneNeededApply: "Søk jobb direkte. Legg ved CV og kopi av vitnemål, gjerne omsett.",
  },
  meanwhile: {
    "health-assistant": "Du kan arbeide som assistent i helse- og omsorgstenesta medan du ventar. Det krev ikkje autorisasjon.",
    "supervised-assistant": "Du kan arbeide som hjelpearbeidar under leiing av ein som har godkjenning.",
    "temporary-teacher": "Skular og barnehagar kan tilsetje deg mellombels utan godkjenning når dei ikkje finn kvalifiserte søkjarar.",
    "related-work": "Du kan arbeide i liknande yrke som ikkje krev godkjenning.",
    applyNow: "Du kan søkje jobb no.",
    norwegian: "Lær norsk: mange godkjenningar og jobbar krev gode norskkunnskapar.",
    careerGuidance: "Du kan få gratis karriererettleiing på karriereveiledning.no eller hos karrieresenteret i fylket.",
  },
} satisfies RecognitionMessages;
