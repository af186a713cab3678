import { createHash, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { indexContentPage } from "./content-index.ts";
import { contentHash, type PageText } from "./content-model.ts";
import type { VersionStatus } from "./content-tables.ts";

/**
 * Demo content for Frøya and Hitra (seed 000 §5 describes Frøya's welcome work): Frøya's own
 * meeting-places page replacing the national one, with an English translation made from an older
 * text (so it shows as outdated); the region's page about the welcome centre in Sistranda in
 * bokmål and English; a new Frøya page waiting for review; and some reader feedback.
 */

const froyaMeetingPlacesV1: PageText = {
  title: "Møteplasser på Frøya",
  summary: "Kommunetorget, språkkafé og frivilligheten: her møter du folk og får hjelp på Frøya.",
  body: `Frøya kommune vil at alle som flytter hit, skal bli kjent med folk og få hjelp når de trenger det.

## Kommunetorget på Sistranda

Resepsjonen på kommunehuset heter kommunetorget. Det er døren inn til kommunen for alle som flytter til Frøya. Her får du hjelp til å fylle ut elektroniske søknader og til å finne fram hos NAV, politiet, Skatteetaten, legen og helsestasjonen.

## Språkkafé og frivillighet

- **Språkkafé:** øv på norsk sammen med andre. Spør på kommunetorget når den er.
- **Frivilligheten:** kommunetorget setter deg i kontakt med lag og foreninger.`,
  sources: [{ title: "IMDi: Veileder for velkomsttilbud til arbeidsinnvandrere", url: "https://www.imdi.no" }],
  steps: ["welcome-meeting"],
};

const froyaMeetingPlacesV2: PageText = {
  ...froyaMeetingPlacesV1,
  body: `${froyaMeetingPlacesV1.body}

## Tilflyttingskoordinator

Kommunen har en tilflyttingskoordinator. Koordinatoren arbeider sammen med andre tjenester for å ta godt imot nye innbyggere. Spør etter koordinatoren på kommunetorget.`,
};

const froyaMeetingPlacesEn: PageText = {
  title: "Meeting places on Frøya",
  summary: "The service desk, the language café and local volunteers: where you meet people and get help on Frøya.",
  body: `Frøya municipality wants everyone who moves here to get to know people and to get help when they need it.

## The service desk in Sistranda

The reception at the town hall is called kommunetorget. It is the way into the municipality for everyone who moves to Frøya. You get help with online forms and with finding your way to NAV, the police, the Tax Administration, the doctor and the child health clinic.

## Language café and volunteers

- **Language café:** practise Norwegian with others. Ask at kommunetorget when it is on.
- **Volunteers:** kommunetorget puts you in touch with local clubs and associations.`,
  sources: [{ title: "IMDi: Guide to welcome services for labour migrants", url: "https://www.imdi.no" }],
  steps: [],
};

const welcomeCentre: PageText = {
  title: "Velkomstsenteret på Sistranda",
  summary: "Frøya og Hitra har et felles velkomsttilbud der du får hjelp med ID, skattekort og å finne fram.",
  body: `Frøya og Hitra samarbeider om å ta imot nye innbyggere og arbeidsinnvandrere og familiene deres.

## Skatteetaten kommer hit

Fra 2024 kan Skatteetatens servicesenter for utenlandske arbeidstakere (SUA) gjøre jobben sin på Frøya og Hitra. Arbeidsgiveren din melder inn hvor mange som kommer. Da kan du vise ID og få skattekort uten å reise til Trondheim. Ordningen kom i stand i et samarbeid mellom Hitra kommune, Sjømat Norge og LO Trøndelag.

## Språk- og samfunnskurs

Kommunene tilbyr et kurs på 50 timer i norsk og om samfunnet, med informasjon om livet på Frøya og Hitra.

## Kontakt

- E-post: velkommen@demo.velkomst.no (demo)
- Adresse: Sistranda, 7260 Sistranda (demo)`,
  sources: [{ title: "IMDi: Veileder for velkomsttilbud til arbeidsinnvandrere", url: "https://www.imdi.no" }],
  steps: ["welcome-meeting", "id-check-tax-office", "tax-deduction-card"],
};

const welcomeCentreEn: PageText = {
  title: "The welcome centre in Sistranda",
  summary: "Frøya and Hitra share a welcome service where you get help with ID, your tax deduction card and finding your way.",
  body: `Frøya and Hitra work together to welcome new residents, labour migrants and their families.

## The Tax Administration comes here

Since 2024 the Tax Administration's service centre for foreign workers (SUA) can do its work on Frøya and Hitra. Your employer reports how many people are coming. Then you can show your ID and get your tax deduction card without travelling to Trondheim. The arrangement was set up by Hitra municipality, the Norwegian Seafood Federation and LO Trøndelag.

## Language and society course

The municipalities offer a 50-hour course in Norwegian and about society, with information about life on Frøya and Hitra.

## Contact

- E-mail: velkommen@demo.velkomst.no (demo)
- Address: Sistranda, 7260 Sistranda (demo)`,
  sources: [{ title: "IMDi: Guide to welcome services for labour migrants", url: "https://www.imdi.no" }],
  steps: [],
};

const languageCourse: PageText = {
  title: "Språk- og samfunnskurs på Frøya",
  summary: "Et kurs på 50 timer i norsk og om samfunnet for deg som er ny på Frøya.",
  body: `Frøya kommune tilbyr et språk- og samfunnskurs på 50 timer. Kurset holdes sammen med Dalpro AS.

## Hva lærer du?

- Norsk du trenger i hverdagen og på jobben.
- Hvordan det norske samfunnet fungerer.
- Hva som finnes på Frøya, Hitra og i Trondheim.

## Påmelding

Spør på kommunetorget eller hos arbeidsgiveren din.`,
  sources: [{ title: "IMDi: Veileder for velkomsttilbud til arbeidsinnvandrere", url: "https://www.imdi.no" }],
  steps: ["norwegian-training"],
};

export async function seedContentDemo(db: Kysely<DatabaseSchema>, now: Date): Promise<void> {
  const users = await db.selectFrom("users").select(["id", "email"]).where("email", "in", ["admin.froya@demo.velkomst.no", "redaktor@demo.velkomst.no"]).execute();
  const admin = users.find((u) => u.email.startsWith("admin.froya"))?.id ?? null;
  const editor = users.find((u) => u.email.startsWith("redaktor"))?.id ?? null;
  const health = await db.selectFrom("content_pages").select("id").where("scope_kind", "=", "national").where("slug", "=", "health").executeTakeFirst();
  const days = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000);

  const froyaPage = randomUUID();
  const regionPage = randomUUID();
  const coursePage = randomUUID();
  const ids = { froyaNb1: randomUUID(), froyaNb2: randomUUID(), froyaEn1: randomUUID(), centreNb1: randomUUID(), centreEn1: randomUUID(), courseNb1: randomUUID() };

  const version = (
    id: string,
    pageId: string,
    language: string,
    number: number,
    status: VersionStatus,
    text: PageText,
    who: { writer: string | null; reviewer: string | null },
    when: { written: Date; published?: Date; archived?: Date },
    sourceVersionId: string | null = null,
  ) => ({
    id,
    page_id: pageId,
    language,
    number,
    status,
    title: text.title,
    summary: text.summary,
    body: text.body,
    sources: JSON.stringify(text.sources),
    steps: language === "nb" ? text.steps : [],
    content_hash: contentHash(text),
    source_version_id: sourceVersionId,
    created_by: who.writer,
    created_at: when.written,
    updated_by: who.writer,
    updated_at: when.written,
    submitted_by: status === "draft" ? null : who.writer,
    submitted_at: status === "draft" ? null : when.written,
    reviewed_by: when.published ? who.reviewer : null,
    reviewed_at: when.published ?? null,
    published_at: when.published ?? null,
    archived_at: when.archived ?? null,
  });

  await db.transaction().execute(async (transaction) => {
    await transaction
      .insertInto("content_pages")
      .values([
        { id: froyaPage, slug: "meeting-places", scope_kind: "municipality", scope_id: "5014", theme: "meeting-places", created_by: admin, created_at: days(60) },
        { id: regionPage, slug: "velkomstsenteret", scope_kind: "region", scope_id: "froya-hitra", created_by: editor, created_at: days(40) },
        { id: coursePage, slug: "sprak-og-samfunnskurs", scope_kind: "municipality", scope_id: "5014", created_by: editor, created_at: days(1) },
      ])
      .execute();
    await transaction
      .insertInto("content_versions")
      .values([
        version(ids.froyaNb1, froyaPage, "nb", 1, "archived", froyaMeetingPlacesV1, { writer: admin, reviewer: editor }, { written: days(60), published: days(59), archived: days(5) }),
        version(ids.froyaNb2, froyaPage, "nb", 2, "published", froyaMeetingPlacesV2, { writer: admin, reviewer: editor }, { written: days(6), published: days(5) }),
        version(ids.centreNb1, regionPage, "nb", 1, "published", welcomeCentre, { writer: editor, reviewer: admin }, { written: days(40), published: days(39) }),
        version(ids.courseNb1, coursePage, "nb", 1, "review", languageCourse, { writer: editor, reviewer: null }, { written: days(1) }),
      ])
      .execute();
    await transaction
      .insertInto("content_versions")
      .values([
        version(ids.froyaEn1, froyaPage, "en", 1, "published", froyaMeetingPlacesEn, { writer: editor, reviewer: admin }, { written: days(50), published: days(49) }, ids.froyaNb1),
        version(ids.centreEn1, regionPage, "en", 1, "published", welcomeCentreEn, { writer: editor, reviewer: admin }, { written: days(30), published: days(29) }, ids.centreNb1),
      ])
      .execute();
    const reader = (n: number) => createHash("sha256").update(`demo-reader-${n}`).digest("base64url");
    await transaction
      .insertInto("content_feedback")
      .values([
        { page_id: froyaPage, language: "nb", municipality_number: "5014", useful: true, comment: null, reader_key: reader(1), created_at: days(4) },
        { page_id: froyaPage, language: "en", municipality_number: "5014", useful: false, comment: "The English page does not mention the coordinator.", reader_key: reader(2), created_at: days(3) },
        { page_id: regionPage, language: "nb", municipality_number: "5056", useful: true, comment: "Fint å slippe å reise til Trondheim.", reader_key: reader(3), created_at: days(10) },
        { page_id: regionPage, language: "en", municipality_number: "5014", useful: true, comment: null, reader_key: reader(4), created_at: days(8) },
        ...(health ? [{ page_id: health.id, language: "pl", municipality_number: "5056", useful: false, comment: "Gdzie jest pogotowie (legevakt) na Hitrze?", reader_key: reader(5), created_at: days(2) }] : []),
      ])
      .execute();
    await indexContentPage(transaction, froyaPage);
    await indexContentPage(transaction, regionPage);
  });
}
