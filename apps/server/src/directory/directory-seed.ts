import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import type { WeeklyInterval } from "./opening-hours.ts";
import { createDirectoryRepository } from "./directory-repository.ts";
import { indexService } from "./directory-search.ts";
import type { ServiceInput, ServiceText } from "./service-model.ts";

/**
 * Demo services for Frøya (5014) and Hitra (5056): the offices seed 000 §5 names for newcomers
 * on Frøya (NAV, SUA, police, doctor and health centre, volunteering) with plausible hours. Every
 * description says it is demo data; the phone numbers are not real (+47 00 00 00 xx).
 */
const demoNb = "*Demodata: et eksempel, ikke en ekte tjeneste. Sjekk alltid hos tjenesten selv.*";
const demoEn = "*Demo data: an example, not a real service. Always check with the service itself.*";
const demoPl = "*Dane demonstracyjne: przykład, a nie prawdziwa usługa.*";
const demoUk = "*Демонстраційні дані: це приклад, а не справжня служба.*";
const demoAr = "*بيانات تجريبية: هذا مثال وليس خدمة حقيقية.*";

const weekdays = (opens: string, closes: string, days = [1, 2, 3, 4, 5]): WeeklyInterval[] => days.map((weekday) => ({ weekday, opens, closes }));

const text = (description: string, directions = "", accessibilityNote = ""): ServiceText => ({ description, directions, accessibilityNote });

const frøya = { kind: "municipality", id: "5014" } as const;
const hitra = { kind: "municipality", id: "5056" } as const;
const region = { kind: "region", id: "froya-hitra" } as const;

type Demo = Omit<ServiceInput, "exceptions" | "provider" | "bookingUrl" | "website" | "email" | "phone" | "hearingLoop" | "latitude" | "longitude"> &
  Partial<Pick<ServiceInput, "provider" | "bookingUrl" | "website" | "email" | "phone" | "hearingLoop" | "latitude" | "longitude">> & {
    /** Closed on Christmas Eve and New Year's Eve (not public holidays, but most offices close). */
    christmasClosed?: boolean;
    /** Short hours on 23 December. */
    shortBeforeChristmas?: boolean;
    summerBreak?: boolean;
  };

export function demoServices(year: number): ServiceInput[] {
  const services: Demo[] = [
    {
      scope: frøya,
      category: "service-centre",
      name: "Kommunetorget Frøya",
      streetAddress: "Demo: Rådhuset, Sistranda sentrum",
      postalCode: "7260",
      postalTown: "Sistranda",
      latitude: 63.7244,
      longitude: 8.8316,
      phone: "+47 00 00 00 10",
      email: "kommunetorget@demo.velkomst.no",
      languages: ["nb", "en", "pl", "lt"],
      wheelchairAccess: "yes",
      hearingLoop: true,
      closedOnPublicHolidays: true,
      texts: {
        nb: text(
          `Kommunetorget er døren inn til kommunen for alle som flytter til Frøya. Her får du hjelp til å fylle ut søknader på nett og finne fram til NAV, Skatteetaten, politi, lege og helsestasjon.\n\n${demoNb}`,
          "Inngang fra torget. Buss til Sistranda sentrum. Gratis parkering bak rådhuset.",
          "Trinnfri inngang og heis.",
        ),
        en: text(
          `The service desk is the way into the municipality for everyone who moves to Frøya. You get help with online applications and with finding NAV, the Tax Administration, the police, doctors and the health centre.\n\n${demoEn}`,
          "Entrance from the square. Bus to Sistranda centre. Free parking behind the town hall.",
          "Step-free entrance and a lift.",
        ),
        pl: text(`Punkt obsługi gminy pomaga wszystkim, którzy przeprowadzają się na Frøya: wnioski przez internet, NAV, urząd skarbowy, policja, lekarz.\n\n${demoPl}`),
        uk: text(`Сервісний центр допомагає всім, хто переїжджає на Фрею: онлайн-заяви, NAV, податкова служба, поліція, лікар.\n\n${demoUk}`),
        ar: text(`مكتب خدمات البلدية هو مدخلك إلى البلدية عند الانتقال إلى فرويا: المساعدة في الطلبات الإلكترونية وفي الوصول إلى NAV ومصلحة الضرائب والشرطة والطبيب.\n\n${demoAr}`),
      },
      weeklyHours: weekdays("08:00", "15:30"),
      christmasClosed: true,
      shortBeforeChristmas: true,
    },
    {
      scope: frøya,
      category: "nav",
      name: "NAV Frøya",
      provider: "NAV",
      streetAddress: "Demo: Sistranda sentrum",
      postalCode: "7260",
      postalTown: "Sistranda",
      latitude: 63.7251,
      longitude: 8.8342,
      phone: "+47 00 00 00 11",
      website: "https://www.nav.no",
      bookingUrl: "https://www.nav.no/kontaktoss",
      languages: ["nb", "en"],
      wheelchairAccess: "yes",
      hearingLoop: null,
      closedOnPublicHolidays: true,
      texts: {
        nb: text(
          `NAV hjelper med arbeid, dagpenger, sykepenger, barnetrygd og økonomisk sosialhjelp. Du kan komme innom uten avtale i åpningstiden, eller bestille time.\n\n- Ta med pass eller ID-kort\n- Ta med D-nummer eller fødselsnummer hvis du har det\n\n${demoNb}`,
          "I samme bygg som Kommunetorget, andre etasje.",
        ),
        en: text(
          `NAV helps with work, unemployment benefit, sickness benefit, child benefit and financial assistance. You can drop in during opening hours, or book an appointment.\n\n- Bring your passport or ID card\n- Bring your D number or national identity number if you have one\n\n${demoEn}`,
          "In the same building as the service desk, second floor.",
        ),
        pl: text(`NAV pomaga w sprawach pracy, zasiłków i świadczeń na dzieci. Możesz przyjść bez umawiania się w godzinach otwarcia albo umówić wizytę.\n\n${demoPl}`),
        uk: text(`NAV допомагає з роботою, допомогою з безробіття, лікарняними та допомогою на дітей. Можна прийти без запису в години роботи або записатися.\n\n${demoUk}`),
        ar: text(`يساعد NAV في العمل وإعانة البطالة والإجازة المرضية وإعانة الأطفال. يمكنك الحضور دون موعد في أوقات العمل أو حجز موعد.\n\n${demoAr}`),
      },
      weeklyHours: weekdays("10:00", "14:00"),
      christmasClosed: true,
    },
    {
      scope: hitra,
      category: "nav",
      name: "NAV Hitra",
      provider: "NAV",
      streetAddress: "Demo: Fillan sentrum",
      postalCode: "7240",
      postalTown: "Hitra",
      latitude: 63.6061,
      longitude: 8.9678,
      phone: "+47 00 00 00 12",
      website: "https://www.nav.no",
      bookingUrl: "https://www.nav.no/kontaktoss",
      languages: ["nb", "en"],
      wheelchairAccess: "partly",
      closedOnPublicHolidays: true,
      texts: {
        nb: text(`Lokalkontoret til NAV på Hitra. Åpent for oppmøte uten avtale fire dager i uka; ellers etter avtale.\n\n${demoNb}`, "Ved rådhuset i Fillan.", "Rampe ved inngangen; døren er tung."),
        en: text(`NAV's local office on Hitra. Open for drop-in four days a week; otherwise by appointment.\n\n${demoEn}`, "Next to the town hall in Fillan.", "Ramp at the entrance; the door is heavy."),
      },
      weeklyHours: weekdays("10:00", "14:00", [1, 2, 3, 4]),
      christmasClosed: true,
    },
    {
      scope: region,
      category: "tax",
      name: "Skatteetaten – Servicesenter for utenlandske arbeidstakere (SUA) Trondheim",
      provider: "Skatteetaten",
      streetAddress: "Demo: Trondheim sentrum",
      postalCode: "7011",
      postalTown: "Trondheim",
      latitude: 63.4305,
      longitude: 10.3951,
      phone: "+47 00 00 00 13",
      website: "https://www.skatteetaten.no",
      languages: ["nb", "en", "pl", "lt"],
      wheelchairAccess: "yes",
      hearingLoop: true,
      closedOnPublicHolidays: true,
      texts: {
        nb: text(
          `SUA hjelper utenlandske arbeidstakere med ID-kontroll, D-nummer og skattekort. Kontoret ligger i Trondheim. Arbeidsgivere på Frøya og Hitra kan melde inn nye arbeidstakere og få SUA sine tjenester utført lokalt.\n\n${demoNb}`,
          "Kontoret ligger i Trondheim. Bestill time før du reiser.",
        ),
        en: text(
          `SUA helps foreign workers with ID checks, D numbers and tax deduction cards. The office is in Trondheim. Employers on Frøya and Hitra can register new workers and have SUA's services done locally.\n\n${demoEn}`,
          "The office is in Trondheim. Book an appointment before you travel.",
        ),
        pl: text(`SUA pomaga pracownikom z zagranicy w kontroli tożsamości, numerze D i karcie podatkowej. Biuro jest w Trondheim.\n\n${demoPl}`),
        uk: text(`SUA допомагає іноземним працівникам з перевіркою особи, D-номером і податковою карткою. Офіс у Тронгеймі.\n\n${demoUk}`),
        ar: text(`يساعد مركز SUA العمال الأجانب في التحقق من الهوية ورقم D والبطاقة الضريبية. يقع المكتب في تروندهايم.\n\n${demoAr}`),
      },
      weeklyHours: weekdays("09:00", "15:00"),
      christmasClosed: true,
    },
    {
      scope: region,
      category: "police",
      name: "Politiet – tjenestested Hitra og Frøya",
      provider: "Politiet",
      streetAddress: "Demo: Fillan",
      postalCode: "7240",
      postalTown: "Hitra",
      latitude: 63.6049,
      longitude: 8.9702,
      phone: "+47 00 00 00 14",
      website: "https://www.politiet.no",
      languages: ["nb", "en"],
      wheelchairAccess: "yes",
      closedOnPublicHolidays: true,
      texts: {
        nb: text(`Pass, ID-kort og hittegods. Ring 112 hvis det haster. Ved pass og ID-kort: bestill time på nett først.\n\n${demoNb}`),
        en: text(`Passports, ID cards and lost property. Call 112 in an emergency. For passports and ID cards: book online first.\n\n${demoEn}`),
        ar: text(`جوازات السفر وبطاقات الهوية والمفقودات. اتصل بالرقم 112 في حالات الطوارئ.\n\n${demoAr}`),
      },
      weeklyHours: weekdays("10:00", "14:00", [2, 4]),
      christmasClosed: true,
    },
    {
      scope: frøya,
      category: "doctor",
      name: "Frøya legekontor",
      streetAddress: "Demo: Helsetunet, Sistranda",
      postalCode: "7260",
      postalTown: "Sistranda",
      latitude: 63.7229,
      longitude: 8.8291,
      phone: "+47 00 00 00 15",
      languages: ["nb", "en", "de"],
      wheelchairAccess: "yes",
      hearingLoop: true,
      closedOnPublicHolidays: true,
      texts: {
        nb: text(`Fastlegene på Frøya. Ring for time. Når legekontoret er stengt: ring legevakten på 116 117. Ved fare for liv: ring 113.\n\n${demoNb}`),
        en: text(`The GPs on Frøya. Call to book. When the surgery is closed: call the emergency clinic on 116 117. If a life is in danger: call 113.\n\n${demoEn}`),
      },
      weeklyHours: weekdays("08:00", "15:30"),
      christmasClosed: true,
    },
    {
      scope: region,
      category: "emergency-clinic",
      name: "Legevakt for Hitra og Frøya",
      streetAddress: "Demo: Fillan",
      postalCode: "7240",
      postalTown: "Hitra",
      latitude: 63.6072,
      longitude: 8.9655,
      phone: "+47 00 00 00 16",
      languages: ["nb", "en"],
      wheelchairAccess: "yes",
      closedOnPublicHolidays: false,
      texts: {
        nb: text(`Legevakten hjelper når fastlegen er stengt. Ring alltid 116 117 før du kommer. Ved fare for liv: ring 113.\n\n${demoNb}`),
        en: text(`The emergency clinic helps when your GP is closed. Always call 116 117 before you come. If a life is in danger: call 113.\n\n${demoEn}`),
        ar: text(`تساعدك عيادة الطوارئ عندما يكون طبيبك مغلقًا. اتصل دائمًا بالرقم 116 117 قبل أن تأتي. عند الخطر على الحياة: اتصل بالرقم 113.\n\n${demoAr}`),
        uk: text(`Невідкладна допомога працює, коли ваш лікар зачинений. Завжди телефонуйте 116 117, перш ніж прийти. Якщо життя в небезпеці: 113.\n\n${demoUk}`),
        pl: text(`Pomoc doraźna działa, gdy twój lekarz jest nieczynny. Zawsze zadzwoń pod 116 117, zanim przyjdziesz. Zagrożenie życia: 113.\n\n${demoPl}`),
      },
      weeklyHours: [...weekdays("15:30", "24:00"), ...weekdays("00:00", "08:00"), ...weekdays("00:00", "24:00", [6, 7])],
    },
    {
      scope: hitra,
      category: "child-health",
      name: "Helsestasjonen på Hitra",
      streetAddress: "Demo: Fillan",
      postalCode: "7240",
      postalTown: "Hitra",
      latitude: 63.6055,
      longitude: 8.9661,
      phone: "+47 00 00 00 17",
      languages: ["nb", "en", "ar"],
      wheelchairAccess: "yes",
      closedOnPublicHolidays: true,
      texts: {
        nb: text(`Helsestasjonen følger opp barn fra fødsel til skolestart, med vaksiner og kontroller. Gravide får svangerskapskontroll her. Tilbudet er gratis.\n\n${demoNb}`),
        en: text(`The child health centre follows up children from birth until they start school, with vaccines and check-ups. Pregnant women get antenatal care here. It is free.\n\n${demoEn}`),
        ar: text(`يتابع مركز صحة الطفل الأطفال من الولادة حتى دخول المدرسة، مع اللقاحات والفحوصات. وتحصل الحوامل هنا على متابعة الحمل. الخدمة مجانية.\n\n${demoAr}`),
      },
      weeklyHours: weekdays("08:00", "15:00"),
      christmasClosed: true,
    },
    {
      scope: frøya,
      category: "school",
      name: "Oppvekstkontoret på Frøya (skole og barnehage)",
      streetAddress: "Demo: Rådhuset, Sistranda sentrum",
      postalCode: "7260",
      postalTown: "Sistranda",
      latitude: 63.7244,
      longitude: 8.8316,
      phone: "+47 00 00 00 18",
      email: "oppvekst@demo.velkomst.no",
      languages: ["nb", "en"],
      wheelchairAccess: "yes",
      closedOnPublicHolidays: true,
      texts: {
        nb: text(`Her melder du barn inn i skole og barnehage, og søker om skoleskyss og SFO. Barn har rett og plikt til grunnskole fra de fyller seks år.\n\n${demoNb}`),
        en: text(`Here you enrol children in school and kindergarten, and apply for school transport and after-school care. Children have the right and duty to attend primary school from the year they turn six.\n\n${demoEn}`),
      },
      weeklyHours: weekdays("08:00", "15:30"),
      christmasClosed: true,
    },
    {
      scope: frøya,
      category: "library",
      name: "Frøya bibliotek",
      streetAddress: "Demo: Frøya kultur- og kompetansesenter, Sistranda",
      postalCode: "7260",
      postalTown: "Sistranda",
      latitude: 63.7262,
      longitude: 8.8365,
      phone: "+47 00 00 00 19",
      languages: ["nb", "en", "pl", "uk"],
      wheelchairAccess: "yes",
      hearingLoop: true,
      closedOnPublicHolidays: true,
      texts: {
        nb: text(`Lån bøker på mange språk, bruk PC og skriver, og få hjelp med digitale skjemaer. Lånekort er gratis.\n\n${demoNb}`, "I kultur- og kompetansesenteret, inngang fra parkeringsplassen."),
        en: text(`Borrow books in many languages, use a PC and printer, and get help with digital forms. A library card is free.\n\n${demoEn}`, "In the culture and competence centre, entrance from the car park."),
        pl: text(`Wypożyczaj książki w wielu językach, korzystaj z komputera i drukarki. Karta biblioteczna jest bezpłatna.\n\n${demoPl}`),
        uk: text(`Позичайте книжки багатьма мовами, користуйтеся комп'ютером і принтером. Читацький квиток безкоштовний.\n\n${demoUk}`),
      },
      weeklyHours: [...weekdays("10:00", "15:00", [1, 3, 5]), ...weekdays("10:00", "19:00", [2, 4]), { weekday: 6, opens: "11:00", closes: "14:00" }],
      christmasClosed: true,
    },
    {
      scope: hitra,
      category: "volunteer-centre",
      name: "Hitra frivilligsentral",
      streetAddress: "Demo: Fillan",
      postalCode: "7240",
      postalTown: "Hitra",
      latitude: 63.6043,
      longitude: 8.9689,
      phone: "+47 00 00 00 20",
      email: "frivilligsentral@demo.velkomst.no",
      languages: ["nb", "en"],
      wheelchairAccess: "partly",
      closedOnPublicHolidays: true,
      texts: {
        nb: text(`Frivilligsentralen kobler deg med lag, foreninger og aktiviteter: turgrupper, dugnad, leksehjelp og utlån av sportsutstyr.\n\n${demoNb}`),
        en: text(`The volunteer centre connects you with clubs, associations and activities: walking groups, community work, homework help and sports equipment to borrow.\n\n${demoEn}`),
      },
      weeklyHours: weekdays("09:00", "14:00", [1, 2, 3, 4]),
      christmasClosed: true,
    },
    {
      scope: region,
      category: "language-cafe",
      name: "Språkkafé på Frøya bibliotek",
      streetAddress: "Demo: Frøya kultur- og kompetansesenter, Sistranda",
      postalCode: "7260",
      postalTown: "Sistranda",
      latitude: 63.7262,
      longitude: 8.8365,
      languages: ["nb", "en", "pl", "uk", "ar"],
      wheelchairAccess: "yes",
      hearingLoop: true,
      closedOnPublicHolidays: true,
      texts: {
        nb: text(`Øv på norsk med frivillige over en kopp kaffe. Alle nivåer er velkomne, og det er gratis. Barn kan være med.\n\n${demoNb}`),
        en: text(`Practise Norwegian with volunteers over a cup of coffee. All levels are welcome, and it is free. Children can come along.\n\n${demoEn}`),
        pl: text(`Ćwicz norweski z wolontariuszami przy kawie. Zapraszamy na każdym poziomie, udział jest bezpłatny.\n\n${demoPl}`),
        uk: text(`Практикуйте норвезьку з волонтерами за чашкою кави. Запрошуємо з будь-яким рівнем, це безкоштовно.\n\n${demoUk}`),
        ar: text(`تدرّب على اللغة النرويجية مع متطوعين على فنجان قهوة. الجميع مرحَّب بهم من كل المستويات، والمشاركة مجانية.\n\n${demoAr}`),
      },
      weeklyHours: [{ weekday: 3, opens: "18:00", closes: "20:00" }],
      summerBreak: true,
    },
  ];
  return services.map(({ christmasClosed, shortBeforeChristmas, summerBreak, ...service }) => ({
    provider: null,
    bookingUrl: null,
    website: null,
    email: null,
    phone: null,
    hearingLoop: null,
    latitude: null,
    longitude: null,
    ...service,
    exceptions: [
      ...(shortBeforeChristmas ? [{ firstDate: `${year}-12-23`, lastDate: `${year}-12-23`, opens: "09:00", closes: "12:00" }] : []),
      ...(christmasClosed
        ? [
            { firstDate: `${year}-12-24`, lastDate: `${year}-12-24`, opens: null, closes: null },
            { firstDate: `${year}-12-31`, lastDate: `${year}-12-31`, opens: null, closes: null },
          ]
        : []),
      ...(summerBreak ? [{ firstDate: `${year}-06-20`, lastDate: `${year}-08-16`, opens: null, closes: null }] : []),
    ],
  }));
}

/** Adds the demo services (part of `seedDemo`, on a fresh database), all or none. Christmas and summer closures are for `year`. */
export async function seedDirectory(db: Kysely<DatabaseSchema>, options: { year: number }): Promise<void> {
  const { year } = options;
  await db.transaction().execute(async (transaction) => {
    const services = demoServices(year);
    const ids = await createDirectoryRepository(transaction).insertMany(transaction, services, null);
    for (const [index, service] of services.entries()) await indexService(transaction, { ...service, id: ids[index]! });
  });
}
