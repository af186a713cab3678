import type { CatalogShape } from "@velkomst/i18n";
import type { planRequestNb } from "./nb.ts";

export const planRequestPl = {
  fields: {
    birthYear: "Rok urodzenia",
    arrival: "Przyjazd do Norwegii (miesiąc)",
    stay: "Jak długo będziesz mieszkać w Norwegii",
    basis: "Dlaczego mieszkasz w Norwegii",
    citizenship: "Obywatelstwo",
    municipality: "Gmina",
    education: "Najwyższe ukończone wykształcenie",
    children: "Lata urodzenia dzieci, które przeprowadzają się z Tobą",
    none: "Nie podano",
  },
  ask: {
    heading: "Poproś gminę o wsparcie",
    lead: "Doradcy programu w {municipality} mogą zapisać Cię do programu wprowadzającego lub udzielać Ci wsparcia. Dzięki Twojemu planowi nie musisz opowiadać wszystkiego od nowa.",
    shared: "To zostanie udostępnione doradcom programu w {municipality}:",
    consent: "Zgadzam się, aby powyższe odpowiedzi zostały udostępnione doradcom programu w {municipality}, aby mogli otworzyć dla mnie sprawę.",
    consentHint: "Możesz wycofać zgodę, dopóki doradca programu jej nie wykorzysta. Wtedy prośba zostanie usunięta. Prośba, której nikt nie wykorzysta, zostanie usunięta po {days} dniach.",
    consentRequired: "Zaznacz pole, aby wyrazić zgodę, inaczej nic nie zostanie udostępnione.",
    submit: "Wyślij prośbę",
    sent: "Prośba została wysłana. Doradcy programu w {municipality} widzą teraz Twoje odpowiedzi.",
  },
  pending: {
    heading: "Twoja prośba do gminy",
    text: "Poprosiłeś/poprosiłaś doradców programu w {municipality} o wsparcie {date}. Co zostało udostępnione:",
    withdraw: "Wycofaj zgodę i usuń prośbę",
    withdrawn: "Zgoda została wycofana, a prośba usunięta.",
    used: "Doradcy programu w {municipality} zapisali Cię {date} na podstawie Twojego planu.",
  },
  staff: {
    cardTitle: "Prośby od nowo przybyłych osób",
    cardText: "Nowo przybyłe osoby, które udostępniły swój plan i proszą o wsparcie w Twoich gminach.",
    title: "Prośby od nowo przybyłych osób",
    lead: "Nowo przybyłe osoby, które za swoją zgodą udostępniły plan i proszą gminę o otwarcie sprawy. Otwórz prośbę, aby zarejestrować osobę jako uczestnika. Każde wyświetlenie jest zapisywane w rejestrze dostępu.",
    caption: "Otwarte prośby",
    sentOn: "Wysłano",
    open: "Otwórz prośbę z {date}",
    none: "Brak otwartych próśb.",
    requestHeading: "Prośba od nowo przybyłej osoby",
    account: "Konto",
    sharedLead: "Nowo przybyła osoba zgodziła się {date}, aby to zostało udostępnione doradcom programu w {municipality}.",
    backToList: "Wróć do próśb",
  },
} as const satisfies CatalogShape<typeof planRequestNb>;
