import type { CatalogShape } from "@velkomst/i18n";
import type { planRequestNb } from "./nb.ts";

export const planRequestEn = {
  fields: {
    birthYear: "Year of birth",
    arrival: "Came to Norway (month)",
    stay: "How long you will live in Norway",
    basis: "Why you live in Norway",
    citizenship: "Citizenship",
    municipality: "Municipality",
    education: "Highest completed education",
    children: "Years of birth of children moving with you",
    none: "Not given",
  },
  ask: {
    heading: "Ask the municipality to follow you up",
    lead: "The programme advisers in {municipality} can register you in the introduction programme or follow you up. With your plan you do not have to tell everything again.",
    shared: "This is shared with the programme advisers in {municipality}:",
    consent: "I consent to the answers above being shared with the programme advisers in {municipality}, so they can open a case for me.",
    consentHint: "You can withdraw the consent until a programme adviser has used it. The request is then deleted. A request nobody uses is deleted after {days} days.",
    consentRequired: "Tick the box to consent, or nothing is shared.",
    submit: "Send the request",
    sent: "The request is sent. The programme advisers in {municipality} can now see your answers.",
  },
  pending: {
    heading: "Your request to the municipality",
    text: "You asked the programme advisers in {municipality} to follow you up on {date}. What is shared:",
    withdraw: "Withdraw the consent and delete the request",
    withdrawn: "The consent is withdrawn, and the request is deleted.",
    used: "The programme advisers in {municipality} registered you on {date} from your plan.",
  },
  staff: {
    cardTitle: "Requests from newcomers",
    cardText: "Newcomers who have shared their plan and ask to be followed up in your municipalities.",
    title: "Requests from newcomers",
    lead: "Newcomers who have shared their plan with their consent and ask the municipality to open a case. Open a request to register the person as a participant. Every view is written to the access log.",
    caption: "Open requests",
    sentOn: "Sent",
    open: "Open the request of {date}",
    none: "No open requests.",
    requestHeading: "Request from a newcomer",
    account: "Account",
    sharedLead: "The newcomer consented on {date} to this being shared with the programme advisers in {municipality}.",
    backToList: "Back to the requests",
  },
} as const satisfies CatalogShape<typeof planRequestNb>;
