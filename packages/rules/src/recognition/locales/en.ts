import type { RecognitionMessages } from "./nb.ts";

export const recognitionEn = {
  why: {
    authorisationDomestic: "{occupation} is a regulated profession. Your education is from Norway. You apply to {body} for authorisation or approval.",
    authorisationEea:
      "{occupation} is a regulated profession in Norway. Your education is from an EU/EEA country, so the EEA rules apply (directive 2005/36/EC). {body} assesses your education and may ask you to make up for differences with an adaptation period or an aptitude test.",
    authorisationEeaHarmonised:
      "{occupation} is a regulated profession in Norway. Your education is from an EU/EEA country, and this education is the same across the EEA (directive 2005/36/EC). If it gave you the right to work in the country where you took it, {body} usually approves you without further requirements.",
    authorisationEeaEducationThirdCountryCitizen:
      "{occupation} is a regulated profession in Norway. Your education is from an EU/EEA country, but you are not an EU/EEA citizen. The Norwegian rules apply, not the EEA directive. You apply to {body}.",
    authorisationThirdCountry:
      "{occupation} is a regulated profession in Norway. You need approval from {body} before you can work in it or use the title. Your education is from a country outside the EU/EEA, so the Norwegian rules apply.",
    generalRecognition: "{body} can recognise higher education from abroad and say what level it has in Norway. Many employers want to see such a recognition.",
    generalRecognitionRegulated:
      "A general recognition from {body} does not let you work as {occupation}, but it shows the level of your education and can help you find other relevant work while you wait.",
    undocumentedEducation:
      "You cannot document your education. {body} has a procedure for people without documents (the UVD procedure). You are interviewed and given a professional task.",
    vocationalRecognition: "{body} recognises vocational training from some countries and in some trades. Check whether your country and trade are included.",
    vocationalUndocumented:
      "Without documents your vocational training cannot be recognised. With enough experience you can take the trade test as a practice candidate in the county where you live.",
    subjectRecognition: "If you want to study further, ask the university or university college to recognise the courses you have taken (credit transfer).",
    noneNeeded: "{occupation} is not a regulated profession in Norway. You can work in it without recognition. The employer decides what they require.",
    unverified: "We could not check part of this. Check with {body} before you apply.",
  },
  steps: {
    applyTo: "Apply to {body}: {url}",
    documents:
      "Send copies of your diploma, transcript of grades and proof of work experience. Documents that are not in Norwegian, Swedish, Danish or English must be translated by a state-authorised translator.",
    processing: "{body} states a processing time of about {days} days.",
    missingDocuments: "Tell {body} which documents you are missing, and ask what they can accept instead.",
    healthNorwegian: "Document Norwegian at level B2.",
    healthNationalSubjects: "Take the course in national subjects.",
    healthMedicines: "Take the test in handling medicines (doctor, dentist, nurse and pharmacist).",
    healthProfessionalTest: "Take the professional test (doctor, nurse and dentist).",
    electricalPractice: "Document at least one year of work in the trade in the last ten years.",
    vocationalCheck: "Check the list of countries and trades at {body} before you apply.",
    undocumentedApply: "Apply to {body} for an assessment under the UVD procedure.",
    subjectApply: "Ask for credit transfer when you apply for admission.",
    noneNeededApply: "Apply for jobs directly. Attach your CV and a copy of your diploma, preferably translated.",
  },
  meanwhile: {
    "health-assistant": "You can work as an assistant in health and care services while you wait. That needs no authorisation.",
    "supervised-assistant": "You can work as an assistant under the supervision of someone who is approved.",
    "temporary-teacher": "Schools and kindergartens can employ you temporarily without approval when they find no qualified applicants.",
    "related-work": "You can work in related occupations that need no approval.",
    applyNow: "You can apply for jobs now.",
    norwegian: "Learn Norwegian: many approvals and jobs require good Norwegian.",
    careerGuidance: "You can get free career guidance at karriereveiledning.no or at the county's career centre.",
  },
} satisfies RecognitionMessages;
