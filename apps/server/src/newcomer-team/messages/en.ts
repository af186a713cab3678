import type { CatalogShape } from "@velkomst/i18n";
import type { newcomerTeamNb } from "./nb.ts";

export const newcomerTeamEn = {
  staffLink: {
    title: "“New in Norway” theme evenings",
    text: "Copy a ready-made theme evening into your events, with partners, interpreters and sign-up.",
  },
  template: {
    "school-education": {
      title: "New in Norway: school and education",
      description: "How do school and education work in Norway? The career centre talks about mapping your skills and career guidance, and answers questions.",
      partner: "The career centre",
    },
    "health-family": {
      title: "New in Norway: health and family life",
      description: "The public health nurse and others in the health service talk about the health centre, the GP and help for families with children.",
      partner: "The health centre",
    },
    "volunteering-leisure": {
      title: "New in Norway: volunteering and leisure",
      description: "Clubs and associations talk about their activities and how you can join. Everyone is welcome.",
      partner: "The volunteer centre",
    },
  },
  staff: {
    title: "“New in Norway” theme evenings",
    lead: "Three theme evenings from the “New in Norway” meeting place in Vesterålen. Choose one, fill in time and place, and it becomes an event with sign-up.",
    copy: "Copy to your events",
    copyTitle: "Copy theme evening: {title}",
    municipality: "Municipality",
    date: "Date",
    startTime: "Starts at",
    endTime: "Ends at",
    placeName: "Place",
    address: "Address",
    partners: "Partners",
    partnersHint: "One per line, for example the career centre.",
    interpreters: "Interpreters for these languages",
    capacity: "Number of places (empty for unlimited)",
    submit: "Create the event",
    partnersLine: "Partners: {partners}.",
    interpretersLine: "Interpreters for {languages}.",
  },
  errors: {
    required: "Fill in this field.",
    date: "Write a date (dd.mm.yyyy).",
    time: "Write a time (hh:mm).",
    endBeforeStart: "The end time must be after the start time.",
    capacity: "Write a whole number from 1 to 10,000, or leave the field empty.",
    chooseOne: "Choose one option.",
    tooLong: "The text is too long.",
    notYourScope: "You can only create events in your own area.",
  },
} as const satisfies CatalogShape<typeof newcomerTeamNb>;
