/**
 * The eleven readiness items for setting up a local welcome service, in the order of the national
 * guide's checklist (seed 000 §2.2 "Sjekklister for samarbeid om lokale velkomsttilbud"). Titles
 * and guidance are translated in ./messages; `quote` is the guide's own line, in bokmål, shown as
 * the source; `sections` are the guide's chapters the guidance draws on.
 */
export const readinessItems = [
  {
    id: "organisational-form",
    quote: "vurdert om velkomsttilbudet skal være i kommunal/fylkeskommunal/interkommunal regi eller bli satt ut til andre organisasjoner?",
    sections: ["2.1", "2.2"],
  },
  { id: "cooperation-agreement", quote: "inngått en samarbeidsavtale med en klar ansvarsfordeling?", sections: ["2.1", "2.2"] },
  { id: "contact-point", quote: "avtalt hvem som skal være det koordinerende kontaktpunktet for velkomsttilbudet?", sections: ["2.2", "5"] },
  { id: "content-plan", quote: "en plan for hva velkomsttilbudet skal inneholde?", sections: ["2.2", "4"] },
  { id: "involve-immigrants", quote: "involvert arbeidsinnvandrere og deres familier i utformingen av velkomsttilbudet?", sections: ["2.1", "2.2"] },
  { id: "employers-volunteers", quote: "involvert og etablert samarbeid med arbeidsgivere og frivillig sektor?", sections: ["2.1", "2.2", "4.11"] },
  {
    id: "translation-interpreting",
    quote: "sikret at informasjon er oversatt og vurdert bruk av tolk når informasjon skal formidles til målgruppen?",
    sections: ["2.2", "4.6"],
  },
  {
    id: "services-overview",
    quote: "utarbeidet en oversikt eller kart over de kommunale tjenestene med adresse og kontaktinformasjon?",
    sections: ["2.2", "4.1"],
  },
  { id: "meeting-place", quote: "vurdert å etablere en fysisk møteplass eller et kontaktpunkt?", sections: ["2.2", "4.1"] },
  { id: "information-plan", quote: "en plan for hvordan dere skal informere om velkomsttilbudet?", sections: ["2.2", "3"] },
  { id: "financing", quote: "etablert en hensiktsmessig finansiering av velkomsttilbudet?", sections: ["2.2", "5"] },
] as const;

export type ReadinessItem = (typeof readinessItems)[number];
export type ReadinessItemId = ReadinessItem["id"];

export const readinessItemIds: readonly ReadinessItemId[] = readinessItems.map((item) => item.id);

export function isReadinessItemId(value: string): value is ReadinessItemId {
  return (readinessItemIds as readonly string[]).includes(value);
}

export const readinessStatuses = ["not-started", "in-progress", "done", "not-relevant"] as const;
export type ReadinessStatus = (typeof readinessStatuses)[number];

export function isReadinessStatus(value: string): value is ReadinessStatus {
  return (readinessStatuses as readonly string[]).includes(value);
}

/** An item is overdue when its due date has passed and it is neither done nor set aside. */
export function isOverdue(item: { status: ReadinessStatus; dueDate: string | null }, today: string): boolean {
  return item.dueDate !== null && item.dueDate < today && (item.status === "not-started" || item.status === "in-progress");
}
