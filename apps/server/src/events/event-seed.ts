import { randomBytes, randomUUID } from "node:crypto";
import type { Insertable, Kysely } from "kysely";
import type { Language } from "@velkomst/i18n";
import { hashToken } from "../auth/tokens.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { indexEvents } from "./event-admin.ts";
import { findEvents } from "./events-repository.ts";
import type { EventKind, EventSignupsTable, OrganiserKind, TargetGroup } from "./events-tables.ts";
import { addDays, fromOslo, toOslo } from "./oslo-time.ts";
import { buildRecurrence, expandOccurrences, type Schedule } from "./recurrence.ts";

type Texts = Partial<Record<Language, { title: string; description: string }>>;

const cafeTexts: Texts = {
  nb: {
    title: "Språkkafé på biblioteket",
    description:
      "Øv på norsk over en kopp kaffe. Frivillige fra Frøya frivilligsentral snakker med deg om hverdagslige ting – i ditt tempo. Du trenger ikke å melde deg på, og det er gratis.\n\n- Alle nivåer er velkomne, også nybegynnere\n- Ta gjerne med barna: det er leker og bøker på biblioteket",
  },
  nn: {
    title: "Språkkafé på biblioteket",
    description:
      "Øv på norsk over ein kopp kaffi. Frivillige frå Frøya frivilligsentral snakkar med deg om kvardagslege ting – i ditt tempo. Du treng ikkje melde deg på, og det er gratis.\n\n- Alle nivå er velkomne, også nybyrjarar\n- Ta gjerne med borna: det er leiker og bøker på biblioteket",
  },
  en: {
    title: "Language café at the library",
    description:
      "Practise Norwegian over a cup of coffee. Volunteers from Frøya volunteer centre talk with you about everyday things – at your own pace. You do not need to sign up, and it is free.\n\n- All levels are welcome, beginners too\n- Bring the children if you like: the library has toys and books",
  },
  uk: {
    title: "Мовне кафе в бібліотеці",
    description:
      "Практикуйте норвезьку за чашкою кави. Волонтери з волонтерського центру Фреї розмовляють з вами про повсякденні речі – у вашому темпі. Реєструватися не потрібно, і це безкоштовно.\n\n- Запрошуємо всіх, також початківців\n- Можна приходити з дітьми: у бібліотеці є іграшки та книжки",
  },
  pl: {
    title: "Kawiarenka językowa w bibliotece",
    description:
      "Ćwicz norweski przy filiżance kawy. Wolontariusze z centrum wolontariatu na Frøyi rozmawiają z Tobą o codziennych sprawach – w Twoim tempie. Nie trzeba się zapisywać, a udział jest bezpłatny.\n\n- Zapraszamy na każdym poziomie, także początkujących\n- Możesz przyjść z dziećmi: w bibliotece są zabawki i książki",
  },
  ar: {
    title: "مقهى اللغة في المكتبة",
    description:
      "تدرّب على اللغة النرويجية مع فنجان قهوة. يتحدث معك متطوعون من مركز العمل التطوعي في فرويا عن أمور الحياة اليومية، وبالسرعة التي تناسبك. لا تحتاج إلى التسجيل، والمشاركة مجانية.\n\n- نرحّب بجميع المستويات، ومنهم المبتدئون\n- يمكنك إحضار الأطفال: في المكتبة ألعاب وكتب",
  },
};

const themeEveningTexts: Texts = {
  nb: {
    title: "Temakveld: Ny i Norge",
    description:
      "Hver måned tar vi opp et nytt tema sammen med kommunen, frivillige lag og andre som kjenner systemet. Du kan stille spørsmål, og vi har tolk ved behov.\n\nTemaer dette halvåret:\n\n- Skole og utdanning, med karrieresenteret\n- Helse og familieliv, med helsesykepleier\n- Frivillig arbeid og fritid\n- Norsk arbeidsliv: rettigheter og plikter\n\nVi serverer kveldsmat.",
  },
  nn: {
    title: "Temakveld: Ny i Noreg",
    description:
      "Kvar månad tek vi opp eit nytt tema saman med kommunen, frivillige lag og andre som kjenner systemet. Du kan stille spørsmål, og vi har tolk ved behov.\n\nTema dette halvåret:\n\n- Skule og utdanning, med karrieresenteret\n- Helse og familieliv, med helsesjukepleiar\n- Frivillig arbeid og fritid\n- Norsk arbeidsliv: rettar og plikter\n\nVi serverer kveldsmat.",
  },
  en: {
    title: "Theme evening: New in Norway",
    description:
      "Every month we take up a new topic together with the municipality, volunteer groups and others who know the system. You can ask questions, and we have an interpreter if needed.\n\nTopics this half-year:\n\n- School and education, with the career centre\n- Health and family life, with the public health nurse\n- Volunteering and leisure\n- Working life in Norway: rights and duties\n\nWe serve a light supper.",
  },
  pl: { title: "Wieczór tematyczny: Nowi w Norwegii", description: "" },
  uk: { title: "Тематичний вечір: Нові в Норвегії", description: "" },
  ar: { title: "أمسية موضوعية: جديد في النرويج", description: "" },
};

const workingLifeTexts: Texts = {
  nb: {
    title: "Temakveld: Norsk arbeidsliv",
    description:
      "Hva står i arbeidskontrakten? Hvordan leser du lønnsslippen, og hva gjør du hvis noe er galt? NAV, Skatteetaten og en fagforening forteller og svarer på spørsmål.\n\nTa gjerne med kontrakten eller lønnsslippen din hvis du vil ha hjelp til å forstå den.",
  },
  nn: {
    title: "Temakveld: Norsk arbeidsliv",
    description:
      "Kva står i arbeidskontrakten? Korleis les du lønnsslippen, og kva gjer du om noko er gale? NAV, Skatteetaten og ei fagforeining fortel og svarer på spørsmål.\n\nTa gjerne med kontrakten eller lønnsslippen din om du vil ha hjelp til å forstå han.",
  },
  en: {
    title: "Theme evening: Working life in Norway",
    description:
      "What does your employment contract say? How do you read your payslip, and what do you do if something is wrong? NAV, the Tax Administration and a trade union explain and answer questions.\n\nBring your contract or payslip if you would like help to understand it.",
  },
  pl: {
    title: "Wieczór tematyczny: Praca w Norwegii",
    description:
      "Co jest w umowie o pracę? Jak czytać pasek wypłaty i co zrobić, gdy coś się nie zgadza? NAV, urząd skarbowy (Skatteetaten) i związek zawodowy opowiedzą o tym i odpowiedzą na pytania.\n\nJeśli chcesz pomocy w zrozumieniu umowy lub paska wypłaty, weź je ze sobą.",
  },
  uk: { title: "Тематичний вечір: Робота в Норвегії", description: "" },
  ar: { title: "أمسية موضوعية: العمل في النرويج", description: "" },
};

const welcomeMeetingTexts: Texts = {
  nb: {
    title: "Velkomstmøte for nye innbyggere",
    description:
      "Ny på Frøya eller Hitra? Kom og møt kommunen, politiet, NAV og frivillige organisasjoner. Du får vite hvor du registrerer deg, hvordan du finner lege, skole og barnehage, og hva som skjer i nærmiljøet.\n\nFamilien er velkommen. Vi har tolk på polsk, ukrainsk og arabisk.",
  },
  nn: {
    title: "Velkomstmøte for nye innbyggjarar",
    description:
      "Ny på Frøya eller Hitra? Kom og møt kommunen, politiet, NAV og frivillige organisasjonar. Du får vite kvar du registrerer deg, korleis du finn lege, skule og barnehage, og kva som skjer i nærmiljøet.\n\nFamilien er velkomen. Vi har tolk på polsk, ukrainsk og arabisk.",
  },
  en: {
    title: "Welcome meeting for new residents",
    description:
      "New on Frøya or Hitra? Come and meet the municipality, the police, NAV and volunteer organisations. You will learn where to register, how to find a doctor, a school and a kindergarten, and what is going on locally.\n\nYour family is welcome. We have interpreters for Polish, Ukrainian and Arabic.",
  },
  uk: {
    title: "Зустріч для нових мешканців",
    description:
      "Ви нещодавно переїхали на Фрею чи Гітру? Приходьте познайомитися з комуною, поліцією, NAV та волонтерськими організаціями. Ви дізнаєтеся, де зареєструватися, як знайти лікаря, школу й дитячий садок і що відбувається поруч.\n\nЗапрошуємо всю родину. Будуть перекладачі польської, української та арабської мов.",
  },
  pl: {
    title: "Spotkanie powitalne dla nowych mieszkańców",
    description:
      "Jesteś nowy na Frøyi lub Hitrze? Przyjdź i poznaj gminę, policję, NAV i organizacje wolontariackie. Dowiesz się, gdzie się zarejestrować, jak znaleźć lekarza, szkołę i przedszkole oraz co dzieje się w okolicy.\n\nRodzina jest mile widziana. Będą tłumacze języka polskiego, ukraińskiego i arabskiego.",
  },
  ar: {
    title: "لقاء ترحيبي للسكان الجدد",
    description:
      "هل انتقلت حديثًا إلى فرويا أو هيترا؟ تعال وتعرّف على البلدية والشرطة وNAV والمنظمات التطوعية. ستعرف أين تسجّل نفسك، وكيف تجد طبيبًا ومدرسة وروضة أطفال، وما الذي يجري في منطقتك.\n\nالعائلة مرحَّب بها. سيكون هناك مترجمون للغات البولندية والأوكرانية والعربية.",
  },
};

const partyTexts: Texts = {
  nb: {
    title: "Innflytterfest på Frøya",
    description:
      "Velkommen til fest! Frøya kommune inviterer alle som har flyttet hit det siste året, sammen med naboer, kolleger og lag og foreninger.\n\n- Mat fra mange land – ta gjerne med en rett fra ditt hjemland\n- Musikk og aktiviteter for barn\n- Lag og foreninger viser hva de driver med\n\nMeld deg på, så vet vi hvor mye mat vi trenger.",
  },
  nn: {
    title: "Innflyttarfest på Frøya",
    description:
      "Velkomen til fest! Frøya kommune inviterer alle som har flytta hit det siste året, saman med naboar, kollegaer og lag og foreiningar.\n\n- Mat frå mange land – ta gjerne med ein rett frå heimlandet ditt\n- Musikk og aktivitetar for born\n- Lag og foreiningar viser kva dei driv med\n\nMeld deg på, så veit vi kor mykje mat vi treng.",
  },
  en: {
    title: "Welcome party for newcomers on Frøya",
    description:
      "Welcome to the party! Frøya municipality invites everyone who has moved here in the past year, together with neighbours, colleagues and local clubs.\n\n- Food from many countries – bring a dish from your home country if you like\n- Music and activities for children\n- Clubs and associations show what they do\n\nSign up so we know how much food we need.",
  },
  uk: {
    title: "Свято для новоприбулих на Фреї",
    description:
      "Запрошуємо на свято! Комуна Фрея запрошує всіх, хто переїхав сюди за останній рік, разом із сусідами, колегами, клубами та організаціями.\n\n- Їжа з різних країн – за бажанням принесіть страву зі своєї країни\n- Музика та розваги для дітей\n- Клуби та організації розкажуть, чим вони займаються\n\nЗареєструйтеся, щоб ми знали, скільки їжі потрібно.",
  },
  pl: {
    title: "Impreza powitalna dla nowych mieszkańców Frøyi",
    description:
      "Zapraszamy na imprezę! Gmina Frøya zaprasza wszystkich, którzy przeprowadzili się tu w ostatnim roku, razem z sąsiadami, kolegami z pracy oraz klubami i stowarzyszeniami.\n\n- Jedzenie z wielu krajów – jeśli chcesz, przynieś danie ze swojego kraju\n- Muzyka i zabawy dla dzieci\n- Kluby i stowarzyszenia pokażą, czym się zajmują\n\nZapisz się, żebyśmy wiedzieli, ile jedzenia przygotować.",
  },
  ar: {
    title: "حفلة ترحيب بالقادمين الجدد في فرويا",
    description:
      "أهلًا بكم في الحفلة! تدعو بلدية فرويا كل من انتقل إلى هنا خلال العام الماضي، مع الجيران وزملاء العمل والنوادي والجمعيات المحلية.\n\n- طعام من بلدان كثيرة – يمكنك إحضار طبق من بلدك إن أحببت\n- موسيقى وأنشطة للأطفال\n- تعرض النوادي والجمعيات ما تقوم به\n\nسجّل حضورك لنعرف كمية الطعام التي نحتاجها.",
  },
};

/** Made-up people (example.com addresses) for the demo's sign-up lists. */
const demoPeople = [
  ["Anna Kowalska", "pl"],
  ["Oleksandr Melnyk", "uk"],
  ["Ahmad Nouri", "ar"],
  ["Maria Santos", "en"],
  ["Jonas Petrauskas", "en"],
  ["Fatima Ali", "ar"],
  ["Piotr Nowak", "pl"],
  ["Iryna Bondar", "uk"],
  ["Elena Popescu", "en"],
  ["Tomasz Wiśniewski", "pl"],
  ["Olena Kravets", "uk"],
  ["Samir Haddad", "ar"],
  ["Agnieszka Zielińska", "pl"],
  ["Dmytro Shevchenko", "uk"],
  ["Ruta Kazlauskienė", "en"],
  ["Yonas Tesfay", "en"],
  ["Karolina Lewandowska", "pl"],
  ["Hassan Omar", "ar"],
] as const;

function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The first date on or after `date` that falls on `weekday` (0 Sunday … 6 Saturday). */
function onOrAfter(date: string, weekday: number): string {
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

interface SeedEvent {
  owner: { municipality_number: string | null; region_id: string | null };
  kind: EventKind;
  texts: Texts;
  date: string;
  start: string;
  end: string;
  recurrence: string | null;
  place: { meetingPlace: string } | { placeName: string; address: string };
  languages: string[];
  targetGroup: TargetGroup;
  organiserName: string;
  organiserKind: OrganiserKind;
  capacity: number | null;
  signupEnabled: boolean;
  /** Party sizes of the confirmed sign-ups for the next occurrence, then the waiting ones. */
  signups?: { confirmed: number[]; waiting: number[] };
  /** Upcoming occurrences (counted from 0) to cancel. */
  cancelNext?: number[];
}

/**
 * Demo events for Frøya and Hitra, dated from `now` so the demo never goes stale: a weekly
 * language café (one date cancelled), a monthly theme evening that is nearly full, a theme
 * evening on working life, a welcome meeting that is full with a waiting list, and the
 * innflytterfest in spring (80 seats, some taken).
 */
export async function seedDemoEvents(db: Kysely<DatabaseSchema>, now: Date): Promise<void> {
  const today = toOslo(now).date;
  const year = Number(today.slice(0, 4));
  let party = onOrAfter(`${year}-04-20`, 6);
  if (party < addDays(today, 10)) party = onOrAfter(`${year + 1}-04-20`, 6);
  const monthStart = `${today.slice(0, 7)}-01`;
  const twoMonthsAgo = new Date(`${monthStart}T00:00:00Z`);
  twoMonthsAgo.setUTCMonth(twoMonthsAgo.getUTCMonth() - 2);
  const themeFirst = addDays(onOrAfter(twoMonthsAgo.toISOString().slice(0, 10), 2), 7);

  await db.transaction().execute(async (transaction) => {
    const places = await transaction
      .insertInto("meeting_places")
      .values([
        { municipality_number: "5014", name: "Frøya bibliotek", address: "Demo: Sistranda, 7260 Sistranda" },
        { municipality_number: "5014", name: "Frøya frivilligsentral", address: "Demo: Sistranda, 7260 Sistranda" },
        { municipality_number: "5056", name: "Hitra kommunehus, møterom Fillan", address: "Demo: Fillan, 7240 Hitra" },
      ])
      .returning(["id", "name"])
      .execute();
    const placeId = (name: string) => places.find((p) => p.name.startsWith(name))!.id;
    const region = { municipality_number: null, region_id: "froya-hitra" };
    const froya = { municipality_number: "5014", region_id: null };
    const welcomeService = "Velkomstsenteret Frøya og Hitra";

    const events: SeedEvent[] = [
      {
        owner: froya,
        kind: "language-cafe",
        texts: cafeTexts,
        date: onOrAfter(addDays(today, -56), 3),
        start: "18:00",
        end: "20:00",
        recurrence: "weekly",
        place: { meetingPlace: "Frøya bibliotek" },
        languages: ["nb", "en", "pl", "uk", "lt"],
        targetGroup: "everyone",
        organiserName: "Frøya frivilligsentral",
        organiserKind: "volunteer-organisation",
        capacity: null,
        signupEnabled: false,
        cancelNext: [2],
      },
      {
        owner: region,
        kind: "theme-evening",
        texts: themeEveningTexts,
        date: themeFirst,
        start: "18:00",
        end: "20:30",
        recurrence: "monthly-weekday",
        place: { meetingPlace: "Hitra kommunehus" },
        languages: ["nb", "en", "pl", "ar"],
        targetGroup: "newcomers",
        organiserName: welcomeService,
        organiserKind: "welcome-service",
        capacity: 30,
        signupEnabled: true,
        signups: { confirmed: [2, 1, 4, 1, 3, 1, 2, 1, 1, 3, 2, 1, 1, 2, 2], waiting: [] },
      },
      {
        owner: froya,
        kind: "theme-evening",
        texts: workingLifeTexts,
        date: onOrAfter(addDays(today, 15), 4),
        start: "18:00",
        end: "20:00",
        recurrence: null,
        place: { meetingPlace: "Frøya bibliotek" },
        languages: ["nb", "en", "pl", "lt"],
        targetGroup: "job-seekers",
        organiserName: welcomeService,
        organiserKind: "welcome-service",
        capacity: 40,
        signupEnabled: true,
        signups: { confirmed: [1, 1, 2, 1, 1, 1, 1, 1, 2], waiting: [] },
      },
      {
        owner: region,
        kind: "welcome-meeting",
        texts: welcomeMeetingTexts,
        date: onOrAfter(addDays(today, 8), 1),
        start: "17:30",
        end: "19:30",
        recurrence: null,
        place: { meetingPlace: "Frøya frivilligsentral" },
        languages: ["nb", "en", "pl", "uk", "ar"],
        targetGroup: "newcomers",
        organiserName: welcomeService,
        organiserKind: "welcome-service",
        capacity: 20,
        signupEnabled: true,
        signups: { confirmed: [2, 3, 1, 4, 2, 1, 2, 3, 2], waiting: [2, 1, 3] },
      },
      {
        owner: froya,
        kind: "newcomer-party",
        texts: partyTexts,
        date: party,
        start: "18:00",
        end: "23:00",
        recurrence: null,
        place: { placeName: "Frøya kultur- og kompetansesenter", address: "Demo: Sistranda, 7260 Sistranda" },
        languages: ["nb", "en", "pl", "uk", "ar", "lt"],
        targetGroup: "everyone",
        organiserName: "Frøya kommune",
        organiserKind: "municipality",
        capacity: 80,
        signupEnabled: true,
        signups: { confirmed: [2, 4, 1, 3, 2, 1, 5, 2, 3], waiting: [] },
      },
    ];

    // Every row in a handful of statements, so the seed stays fast in every test app.
    let person = 0;
    const eventRows = [];
    const textRows = [];
    const occurrenceRows = [];
    const signupRows: Insertable<EventSignupsTable>[] = [];
    for (const seed of events) {
      const id = randomUUID();
      const startsAt = fromOslo({ date: seed.date, time: seed.start });
      const endsAt = fromOslo({ date: seed.date, time: seed.end });
      const recurrence = seed.recurrence ? buildRecurrence(seed.recurrence as "weekly" | "monthly-weekday", seed.date) : null;
      eventRows.push({
        id,
        ...seed.owner,
        kind: seed.kind,
        meeting_place_id: "meetingPlace" in seed.place ? placeId(seed.place.meetingPlace) : null,
        place_name: "placeName" in seed.place ? seed.place.placeName : null,
        address: "address" in seed.place ? seed.place.address : null,
        starts_at: startsAt,
        ends_at: endsAt,
        recurrence,
        languages: seed.languages,
        target_group: seed.targetGroup,
        organiser_name: seed.organiserName,
        organiser_kind: seed.organiserKind,
        signup_enabled: seed.signupEnabled,
        capacity: seed.capacity,
      });
      textRows.push(...Object.entries(seed.texts).map(([language, text]) => ({ event_id: id, language, title: text.title, description: text.description })));
      const schedule: Schedule = { startsAt, endsAt, recurrence };
      const upcoming = expandOccurrences(schedule, now, new Date(now.getTime() + 400 * 86_400_000), 10);
      for (const index of seed.cancelNext ?? []) {
        const occurrence = upcoming[index];
        if (occurrence) occurrenceRows.push({ id: randomUUID(), event_id: id, occurs_on: occurrence.date, starts_at: occurrence.startsAt, ends_at: occurrence.endsAt, cancelled: true });
      }
      const next = upcoming[0];
      if (seed.signups && next) {
        const occurrenceId = randomUUID();
        occurrenceRows.push({ id: occurrenceId, event_id: id, occurs_on: next.date, starts_at: next.startsAt, ends_at: next.endsAt, cancelled: false });
        const sizes = [...seed.signups.confirmed.map((size) => ({ size, status: "confirmed" as const })), ...seed.signups.waiting.map((size) => ({ size, status: "waiting" as const }))];
        sizes.forEach(({ size, status }, index) => {
          const [name, language] = demoPeople[person++ % demoPeople.length]!;
          const signedUp = new Date(now.getTime() - (20 - index) * 3_600_000 * 5);
          signupRows.push({
            occurrence_id: occurrenceId,
            status,
            name,
            email: `${name.toLowerCase().normalize("NFD").replace(/[^a-z ]/g, "").replace(/ /g, ".")}.${person}@example.com`,
            party_size: size,
            language,
            consented_at: signedUp,
            created_at: signedUp,
            cancel_token_hash: hashToken(randomBytes(32).toString("base64url")),
          });
        });
      }
    }
    await transaction.insertInto("events").values(eventRows).execute();
    await transaction.insertInto("event_texts").values(textRows).execute();
    if (occurrenceRows.length > 0) await transaction.insertInto("event_occurrences").values(occurrenceRows).execute();
    if (signupRows.length > 0) await transaction.insertInto("event_signups").values(signupRows).execute();
    await indexEvents(transaction, await findEvents(transaction, eventRows.map((row) => row.id)));
  });
}
