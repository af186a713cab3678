import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import type { ReadinessItemId, ReadinessStatus } from "./readiness-items.ts";
import type { ReadinessChanges } from "./readiness-tables.ts";

/**
 * A one-page PDF with a line of text, built by hand (offsets counted) so tests and the demo
 * have a real, small PDF without a PDF library.
 */
export function minimalPdf(text: string): Buffer {
  const safe = text.replace(/[^\x20-\x7e]/g, "?").replace(/([()\\])/g, "\\$1");
  const stream = `BT /F1 14 Tf 72 760 Td (${safe}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

function daysFrom(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface DemoItem {
  id: ReadinessItemId;
  status: ReadinessStatus;
  /** A demo account's e-mail, or a free-text owner. */
  ownerEmail?: string;
  ownerName?: string;
  due: number | null;
  changedDaysAgo: number;
  by: string;
  notes: string;
}

const mona = "admin.froya@demo.velkomst.no";
const eirik = "redaktor@demo.velkomst.no";
const amina = "koordinator.hitra@demo.velkomst.no";

/**
 * Frøya og Hitra's checklist, partly done, drawn from the guide's own description of Frøya
 * (seed 000 §5): 5 done, 3 in progress, 2 not started (one past its due date), 1 not relevant.
 */
const demoItems: DemoItem[] = [
  {
    id: "organisational-form",
    status: "done",
    ownerName: "Kommunedirektørene i Frøya og Hitra",
    due: -120,
    changedDaysAgo: 110,
    by: mona,
    notes:
      "Vurdert: tilbudet drives i kommunal regi som et samarbeid mellom Frøya og Hitra, innarbeidet i kommunenes samlede tjenesteapparat. Kommunetorget på Frøya er døren inn.",
  },
  {
    id: "cooperation-agreement",
    status: "done",
    ownerEmail: mona,
    due: -60,
    changedDaysAgo: 70,
    by: mona,
    notes:
      "Avtale med Hitra kommune, Sjømat Norge og LO Trøndelag: bedriftene melder inn antall utenlandske arbeidstilflyttere, og SUA sine tjenester utføres på Frøya og Hitra.",
  },
  {
    id: "contact-point",
    status: "done",
    ownerName: "Tilflyttingskoordinator, Frøya kommune",
    due: -90,
    changedDaysAgo: 95,
    by: mona,
    notes: "Tilflyttingskoordinatoren jobber i team med de andre tjenestene for å forbedre rekruttering og mottak av tilflyttere. På Hitra er servicetorget kontaktpunkt.",
  },
  {
    id: "content-plan",
    status: "in-progress",
    ownerEmail: amina,
    due: 45,
    changedDaysAgo: 12,
    by: amina,
    notes:
      "Med i planen: 50-timers språk- og samfunnskurs om det norske samfunnet og lokalsamfunnet på Frøya, Hitra og Trondheim, sammen med Dalpro AS. Gjenstår: tilbud til medfølgende partner og sosiale arrangementer.",
  },
  {
    id: "involve-immigrants",
    status: "not-started",
    ownerName: "Tilflyttingskoordinator, Frøya kommune",
    due: -10,
    changedDaysAgo: 40,
    by: amina,
    notes: "Planlagt: en kort spørreundersøkelse til arbeidsinnvandrere og familiene deres gjennom arbeidsgiverne i sjømatnæringen.",
  },
  {
    id: "employers-volunteers",
    status: "in-progress",
    ownerEmail: eirik,
    due: 30,
    changedDaysAgo: 20,
    by: eirik,
    notes: "Sjømat Norge og LO Trøndelag er med gjennom SUA-samarbeidet. Frivilligsentralene på Frøya og Hitra er ikke kontaktet ennå.",
  },
  {
    id: "translation-interpreting",
    status: "in-progress",
    ownerName: "Kommunetorget",
    due: 60,
    changedDaysAgo: 8,
    by: amina,
    notes: "Kommunetorget hjelper tilflyttere med å fylle ut elektroniske søknader. Velkomstbrevet oversettes. Tolk bestilles fra Nasjonalt tolkeregister.",
  },
  {
    id: "services-overview",
    status: "done",
    ownerName: "Kommunetorget",
    due: -30,
    changedDaysAgo: 35,
    by: mona,
    notes: "Oversikt med adresse og telefon til NAV, SUA, politi, skatteetaten, lege og helsestasjon, barnevern, fagforeninger og frivilligheten.",
  },
  {
    id: "meeting-place",
    status: "done",
    ownerName: "Kommunetorget, Frøya kommunehus",
    due: -100,
    changedDaysAgo: 100,
    by: mona,
    notes: "Resepsjonen på kommunehuset – kommunetorget – er døren inn til kommunen for alle som flytter til Frøya.",
  },
  { id: "information-plan", status: "not-started", due: 90, changedDaysAgo: 40, by: eirik, notes: "" },
  {
    id: "financing",
    status: "not-relevant",
    ownerName: "Kommunedirektørene i Frøya og Hitra",
    due: null,
    changedDaysAgo: 60,
    by: mona,
    notes: "Ikke eget budsjett: tilbudet drives innenfor den ordinære driften av kommunetorget og tjenestene i begge kommunene. Vurderes på nytt hvis det blir et eget velkomstsenter.",
  },
];

/** Seeds the demo region's checklist: a handful of batch inserts, run once on a fresh database. */
export async function seedReadinessDemo(db: Kysely<DatabaseSchema>, regionId: string, clock: Clock): Promise<void> {
  const users = new Map((await db.selectFrom("users").select(["id", "email", "name"]).execute()).map((u) => [u.email, u]));
  const today = clock.today();
  const at = (daysAgo: number) => new Date(clock.now().getTime() - daysAgo * 24 * 60 * 60 * 1000);
  await db.transaction().execute(async (trx) => {
    const { id: checklistId } = await trx.insertInto("readiness_checklists").values({ region_id: regionId }).returning("id").executeTakeFirstOrThrow();
    await trx
      .insertInto("readiness_items")
      .values(
        demoItems.map((item) => ({
          checklist_id: checklistId,
          item_id: item.id,
          status: item.status,
          owner_user_id: item.ownerEmail ? (users.get(item.ownerEmail)?.id ?? null) : null,
          owner_name: item.ownerName ?? "",
          due_date: item.due === null ? null : daysFrom(today, item.due),
          notes: item.notes,
          updated_at: at(item.changedDaysAgo),
          updated_by: users.get(item.by)?.id ?? null,
        })),
      )
      .execute();
    const agreement = "samarbeidsavtale-sua-froya-hitra.pdf";
    const pdf = minimalPdf("Samarbeidsavtale SUA Froya og Hitra (demo)");
    await trx
      .insertInto("readiness_documents")
      .values({
        checklist_id: checklistId,
        item_id: "cooperation-agreement",
        file_name: agreement,
        content_type: "application/pdf",
        size_bytes: pdf.byteLength,
        content: pdf,
        uploaded_by: users.get(mona)?.id ?? null,
        uploaded_at: at(70),
      })
      .execute();
    await trx
      .insertInto("readiness_item_history")
      .values(
        demoItems
          .map((item) => {
            const owner = item.ownerEmail ? (users.get(item.ownerEmail)?.name ?? "") : (item.ownerName ?? "");
            const changes: ReadinessChanges = {
              ...(item.status !== "not-started" ? { status: { from: "not-started" as const, to: item.status } } : {}),
              ...(owner ? { owner: { from: "", to: owner } } : {}),
              ...(item.due !== null ? { dueDate: { from: null, to: daysFrom(today, item.due) } } : {}),
              ...(item.notes ? { notes: { from: "", to: item.notes } } : {}),
              ...(item.id === "cooperation-agreement" ? { documentAdded: agreement } : {}),
            };
            const actor = users.get(item.by);
            return { checklist_id: checklistId, item_id: item.id, actor_user_id: actor?.id ?? null, actor_name: actor?.name ?? "Demo", changes: JSON.stringify(changes), at: at(item.changedDaysAgo) };
          }),
      )
      .execute();
  });
}
