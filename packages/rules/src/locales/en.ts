import type { Messages } from "./nb.ts";

export const en = {
  determinations: {
    idNumberType: {
      title: "Norwegian identity number",
      fodselsnummer:
        "You will live in Norway for {months} months or more. When you have reported your move and are registered as living in Norway, you get a national identity number (fødselsnummer).",
      dNumberShortStay: "You will be in Norway for less than {months} months. You get a D-number (d-nummer). It is a temporary identity number.",
      dNumberAsylumSeeker: "While your application for protection is being processed, you get a D-number (d-nummer). It is a temporary identity number.",
    },
    eeaRegistration: {
      title: "Registration with the police (EU/EEA)",
      required: "You are an EU/EEA citizen and will be in Norway for more than {months} months. You must register with the police by {deadline}.",
      shortStay: "You will be in Norway for {months} months or less. You do not need to register with the police.",
      nordic: "Nordic citizens do not register with the police. You report your move to the Tax Administration (Skatteetaten).",
      familyNotEeaCitizen:
        "You are family of an EU/EEA citizen, but you are not an EU/EEA citizen yourself. You do not register. Instead, you apply to UDI for a residence card.",
      notEea: "The registration scheme is only for EU/EEA citizens and their family. You need a residence permit instead.",
    },
    norwegianTraining: {
      title: "Classes in Norwegian and social studies",
      rightAndDuty: "You have the right and the duty to take free classes in Norwegian and social studies.",
      dutyOnly: "You have a duty to take classes in Norwegian and social studies. You must pay for the classes yourself.",
      collectiveProtection:
        "You have the right to free Norwegian classes for one year from when you start the classes, but it is not a duty. Social studies are not part of the temporary rules for people displaced from Ukraine.",
      asylumSeeker: "Living in a reception centre is voluntary. Asylum seekers aged {min} or older who live in a reception centre must take part in classes in Norwegian and social studies. The classes are free.",
      notCoveredEea:
        "EU/EEA and Nordic citizens are not covered by the Integration Act. You have no right to free classes, but you can learn Norwegian in courses, online and at language cafés.",
      noRight: "Your type of stay gives no right or duty to Norwegian classes. You can still learn Norwegian in courses, online and at language cafés.",
      outsideAge: "The right and duty only apply to people aged {min} to {max}.",
    },
    introductionProgramme: {
      title: "Introduction programme",
      rightAndDuty: "You are a refugee or family of a refugee, and you are between {min} and {max} years old. You have the right and the duty to take part in the introduction programme.",
      collectiveProtection:
        "You have collective protection. You have the right to take part in the introduction programme, but it is not a duty. The programme can be part-time.",
      collectiveProtectionRightAndDuty:
        "You have collective protection and are between {min} and {max} years old. The temporary rules no longer apply, so you have the right and the duty to take part in the introduction programme.",
      familyDependsOnApplication:
        "Your family member had lived in Norway for {years} years or more when you came. What counts is when you applied for family reunification. If you applied before {date}, you have the right and the duty to take part in the introduction programme. If you applied later, you only have the right and the duty to take Norwegian classes.",
      familyDateMissing:
        "We do not know when your family member was settled in Norway. Add the date, and we can check if you have the right to the introduction programme.",
      outsideAge: "The introduction programme is for people aged {min} to {max}.",
      over55: "The right and duty apply to people aged {min} to {max}. The municipality may still offer you the introduction programme. Ask the municipality.",
      asylumSeeker: "You cannot take part while you wait for an answer to your application for protection. The right may come when you get a permit and are settled in a municipality.",
      notCovered: "The introduction programme is for refugees and their family. It does not apply to your type of stay.",
    },
    regularGp: {
      title: "Regular GP (fastlege)",
      registeredResident: "You will be registered as living in Norway. Then you have the right to a regular GP (fastlege).",
      asylumSeeker: "Asylum seekers and their family have the right to a regular GP (fastlege).",
      notResident: "With only a D-number, you usually have no right to a regular GP. You can use the emergency room (legevakt) or a private doctor.",
    },
    localVote: {
      title: "Vote in municipal and county elections",
      afterYears: "Foreign citizens can vote in local elections when they have been registered as living in Norway for {years} years. For you, this is from {date}.",
      nordic: "Nordic citizens can vote in local elections if they are registered as living in Norway by {cutoff} in the election year. For you, this is from {date}.",
      nordicAfterCutoff:
        "Nordic citizens can vote in local elections if they are registered as living in Norway by {cutoff} in the election year. You came after {cutoff}, so you cannot vote in a local election that year. For you, this is from {date}.",
      stayEndsFirst: "You can vote in local elections when you have been registered as living in Norway for {years} years. Your planned stay ends before that.",
      notResident: "Only people registered as living in Norway can vote in local elections. With a D-number or as an asylum seeker, you are not registered as living here.",
    },
    children: {
      title: "School for children and young people",
      summary:
        "Children aged {schoolMin} to {schoolMax} who will be in Norway for more than {months} months have the right and the duty to go to school. Young people aged {upperMin} to {upperMax} have the right to upper secondary school.",
      none: "You have not added any children.",
    },
  },
  ruleChecks: {
    endUnconfirmed: "By law, this rule was to end on {date}. We are checking whether it has been extended. Until we know, we show the rule that applied last. Check the source: {source}.",
    reviewOverdue: "This rule was last checked on {lastReviewed}. We are checking it again. Check the source: {source}.",
  },
  steps: {
    "welcome-meeting": {
      title: "Go to a welcome meeting",
      why: "Many municipalities have welcome meetings and places where newcomers get help and information. Ask your municipality what they offer.",
      documents: [],
    },
    "apply-residence-permit": {
      title: "Apply for a residence permit",
      why: "You need a residence permit (or a residence card) from UDI to live and work in Norway. As a rule, the permit must be granted before you travel to Norway, but some people can apply from here. You cannot start working before you get an answer. Afterwards, you meet at the police to show your ID.",
      documents: ["Passport", "Passport photo", "Work contract, study place or family papers, depending on what you apply for"],
    },
    "eea-registration": {
      title: "Register with the police",
      why: "Register online and book an appointment with the police. Do it by {deadline}. Then you get a registration certificate.",
      documents: ["Passport or national ID card", "Work contract, or papers about your studies or your own money"],
    },
    "report-move": {
      title: "Report your move to Norway",
      why: "You will live in Norway for {months} months or more. Report your move to the Tax Administration (Skatteetaten) by {deadline}.",
      documents: ["Passport or national ID card", "Rental contract or other proof of where you live", "Work contract", "Registration certificate from the police (EU/EEA citizens)"],
    },
    "id-check-tax-office": {
      title: "Show your ID at a tax office",
      why: "To get a Norwegian identity number, you must show your passport or ID card at a tax office. Book an appointment first.",
      documents: ["Passport or national ID card", "Registration certificate from the police (EU/EEA citizens)", "Work contract"],
    },
    "national-insurance-health": {
      title: "Learn how health care works",
      why: "Everyone can get urgent help at the emergency room (legevakt), phone 116 117. Call 113 if a life is in danger. Helsenorge.no explains how health care in Norway works.",
      documents: [],
    },
    "tax-deduction-card": {
      title: "Get a tax deduction card",
      why: "You need a tax deduction card (skattekort) before you get paid. Without it, your employer must take a lot of tax.",
      documents: ["Norwegian identity number (fødselsnummer or D-number)", "Work contract"],
    },
    "bank-account": {
      title: "Open a bank account",
      why: "You need a Norwegian bank account to get your pay and to pay bills. Many banks ask for a Norwegian identity number. Some banks do not open accounts for people with only a D-number.",
      documents: ["Passport", "The letter with your Norwegian identity number", "Work contract", "Rental contract"],
    },
    "electronic-id": {
      title: "Get an electronic ID",
      why: "With an electronic ID, you can use public services online. You get BankID from your bank. MinID is an alternative, but it gives access to fewer services.",
      documents: ["Passport", "Norwegian identity number", "Norwegian bank account (for BankID)"],
    },
    "regular-gp": {
      title: "Choose a regular GP",
      why: "Choose a GP on helsenorge.no, or call the Helsenorge helpline.",
      documents: [],
    },
    housing: {
      title: "Find a place to live",
      why: "Ask the municipality about housing. If you have a low income and high housing costs, you may get housing allowance (bostøtte).",
      documents: [],
    },
    "introduction-programme": {
      title: "Start the introduction programme",
      why: "The municipality makes a plan together with you and tells you when you can start.",
      documents: [],
    },
    "norwegian-training": {
      title: "Learn Norwegian",
      why: "Ask the municipality about Norwegian classes. You can also practise online and at language cafés.",
      documents: [],
    },
    "school-enrolment": {
      title: "Enrol your children in school",
      why: "Children aged {min} to {max} who will be in Norway for more than {months} months have the right and the duty to go to school. Contact the municipality or the school where you live.",
      documents: ["The children's passports or birth certificates", "School reports from earlier schools, if you have them", "Vaccination card, if you have one"],
    },
    kindergarten: {
      title: "Apply for a kindergarten place",
      why: "Children from the age of {min} have the right to a place in kindergarten. Apply to the municipality. There are fixed deadlines, but you can apply at any time.",
      documents: ["The children's birth certificates or passports"],
    },
    "upper-secondary-application": {
      title: "Apply for upper secondary school",
      why: "Young people aged {min} to {max} have the right to upper secondary school. Apply on vilbli.no. The main deadline is in winter, but ask the county if you arrive later.",
      documents: ["School certificates from your home country, translated if possible", "Passport"],
    },
    "recognition-of-qualifications": {
      title: "Get your education recognised",
      why: "Some jobs need approval of your education, for example in health care. Everyone can apply to have education from abroad assessed. HK-dir handles the applications.",
      documents: ["Diplomas and transcripts", "Translation of the diploma, if it is not in Norwegian or English", "Passport"],
    },
    "career-guidance": {
      title: "Get free career guidance",
      why: "The county career centres give free guidance to everyone over {min}. They help you with work, education and recognition.",
      documents: [],
    },
    "union-and-work-rights": {
      title: "Know your rights at work",
      why: "In Norway, you have the right to a written work contract, a safe workplace and legal pay. Your employer is your first contact. A trade union and the Labour Inspection Authority (Arbeidstilsynet) can help you.",
      documents: [],
    },
  },
  deadlineAfterArrival: {
    days: "{count} days after arrival",
    months: "{count} months after arrival",
  },
  programme: {
    programmeGoal: {
      title: "Final goal of the programme",
      given: "The final goal is the one in the integration plan.",
      educated: "You have upper secondary education or higher. Then the final goal is, as a rule, work or higher education. The proposal is work.",
      young: "You are under {age} and have not completed upper secondary education. Then the main rule is that the final goal is to complete upper secondary education.",
      adult: "You are {age} or older and have not completed upper secondary education. The proposal is work. Upper secondary education can also be a final goal.",
      collectiveProtection: "You have collective protection and upper secondary education or higher. The programme is short and aimed at work, and the goal is to get a job soon.",
    },
    programmeDuration: {
      title: "Length of the programme",
      withUpperSecondary: "With upper secondary education or higher, the programme lasts from {min} to {max} months. It can be extended by up to {extension} months.",
      collectiveProtection: "With collective protection and upper secondary education or higher, you get a short programme aimed at work, of {min} to {max} months. It can be extended by up to {extension} months.",
      goalUpperSecondary: "You do not have upper secondary education, and the goal is to complete it in the programme. Then the programme can last up to {max} months and be extended by up to {extension} months.",
      goalUpperSecondaryPartial: "You do not have upper secondary education, and the goal is to complete part of it in the programme. Then the programme lasts from {min} to {max} months and can be extended by up to {extension} months.",
      withoutUpperSecondary: "You do not have upper secondary education, and the goal is not to complete it in the programme. Then the programme can last up to {max} months and be extended by up to {extension} months.",
      noRight: "You have no right to the introduction programme, so there is no programme period.",
      ends: "Starting on {start}, the programme lasts until {standardEnd} inclusive, or until {latestEnd} inclusive with an extension. Leave comes on top.",
      noStart: "The end dates come when the start date is set.",
    },
    introductionBenefit: {
      title: "Introduction benefit (introduksjonsstønad)",
      full: "You are {age} or older and get the full benefit: {multiple} times the basic amount (G), that is {perYear} kroner a year or {perMonth} kroner a month.",
      youngAlone: "You are under {age} and do not live with your parents. Then you get two thirds of the full benefit: {perYear} kroner a year or {perMonth} kroner a month.",
      youngWithParents: "You are under {age} and live with one or both of your parents. Then you get one third of the full benefit: {perYear} kroner a year or {perMonth} kroner a month.",
      basicAmount: "The amounts are based on the G from {validFrom}: {basicAmount} kroner. The benefit is only paid to participants in the programme.",
      notReviewed: "The G from {nextAdjustment} has not been reviewed in these rules yet. So the amounts use the G from {validFrom}, the last one we reviewed. They will change when the new G is set.",
    },
    parentalGuidance: {
      title: "Parental guidance",
      required: "You have children under {age}. Then you take the parental guidance course in the programme.",
      notRequired: "You have no children under {age}. If you have a child while in the programme, you take the parental guidance course.",
      collectiveProtection: "The temporary rules for collective protection do not require the parental guidance course, but the municipality can offer it.",
      noProgramme: "The parental guidance course is part of the introduction programme, and you have no right to the programme.",
    },
    fullTime: {
      title: "Full time or part time",
      required: "The introduction programme is full time.",
      partTimePossible: "With collective protection, the programme can be part time, for example next to a part-time job.",
      noProgramme: "You have no right to the introduction programme.",
    },
    norwegianTraining: {
      rightEnds: "The right lasts until {date} inclusive.",
      rightEndsAfterStart: "The right lasts {months} months from when you start the training.",
    },
    socialStudies: {
      title: "Social studies",
      rightAndDuty: "You have the right and the duty to take {hours} hours of free social studies in a language you understand. You must complete it by {deadline}.",
      dutyOnly: "You have a duty to take {hours} hours of social studies in a language you understand, and you pay yourself. You must complete it by {deadline}.",
      asylumSeeker: "Living in an asylum reception centre is voluntary. If you live in one, you have a duty to take {hours} hours of social studies.",
      collectiveProtection: "With collective protection, you have neither a right nor a duty to social studies under the temporary rules.",
      notCovered: "You have neither a right nor a duty to social studies under the Integration Act.",
    },
  },
} satisfies Messages;
