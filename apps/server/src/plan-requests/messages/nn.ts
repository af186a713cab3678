import type { CatalogShape } from "@velkomst/i18n";
import type { planRequestNb } from "./nb.ts";

export const planRequestNn = {
  fields: {
    birthYear: "Fødselsår",
    arrival: "Kom til Noreg (månad)",
    stay: "Kor lenge du skal bu i Noreg",
    basis: "Kvifor du bur i Noreg",
    citizenship: "Statsborgarskap",
    municipality: "Kommune",
    education: "Høgaste fullførte utdanning",
    children: "Fødselsår for barn som flyttar med deg",
    none: "Ikkje oppgitt",
  },
  ask: {
    heading: "Be kommunen om oppfølging",
    lead: "Programrådgivarane i {municipality} kan registrere deg i introduksjonsprogrammet eller følgje deg opp. Med planen din slepp du å fortelje alt på nytt.",
    shared: "Dette blir delt med programrådgivarane i {municipality}:",
    consent: "Eg samtykkjer i at svara over blir delte med programrådgivarane i {municipality}, så dei kan opne ei sak for meg.",
    consentHint: "Du kan trekkje samtykket tilbake heilt til ein programrådgivar har brukt det. Då blir førespurnaden sletta. Ein førespurnad ingen bruker, blir sletta etter {days} dagar.",
    consentRequired: "Kryss av for at du samtykkjer, elles blir ingenting delt.",
    submit: "Send førespurnaden",
    sent: "Førespurnaden er send. Programrådgivarane i {municipality} kan no sjå svara dine.",
  },
  pending: {
    heading: "Førespurnaden din til kommunen",
    text: "Du bad programrådgivarane i {municipality} om oppfølging {date}. Det som er delt:",
    withdraw: "Trekk tilbake samtykket og slett førespurnaden",
    withdrawn: "Samtykket er trekt tilbake, og førespurnaden er sletta.",
    used: "Programrådgivarane i {municipality} registrerte deg {date} ut frå planen din.",
  },
  staff: {
    cardTitle: "Førespurnader frå nykomarar",
    cardText: "Nykomarar som har delt planen sin og ber om oppfølging i kommunane dine.",
    title: "Førespurnader frå nykomarar",
    lead: "Nykomarar som har delt planen sin med samtykke og ber kommunen opne ei sak. Opne ein førespurnad for å registrere personen som deltakar. Kvar vising blir ført i tilgangsloggen.",
    caption: "Opne førespurnader",
    sentOn: "Send",
    open: "Opne førespurnaden frå {date}",
    none: "Ingen opne førespurnader.",
    requestHeading: "Førespurnad frå nykomar",
    account: "Konto",
    sharedLead: "Nykomaren har samtykt i at dette blir delt med programrådgivarane i {municipality} {date}.",
    backToList: "Tilbake til førespurnadene",
  },
} as const satisfies CatalogShape<typeof planRequestNb>;
