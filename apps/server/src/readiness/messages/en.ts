import type { CatalogShape } from "@velkomst/i18n";
import type { readinessNb } from "./nb.ts";

export const readinessEn = {
  staffCard: {
    title: "Welcome service checklist",
    text: "How far has the municipality or region come with the 11 points of the national guide?",
  },
  guideName: "National guide to local welcome services for labour migrants",
  home: {
    title: "Welcome service checklist",
    lead: "The national guide has a checklist of 11 points for setting up a welcome service. Here you follow up each point: who is responsible, status, due date, notes and documents.",
    yourChecklists: "Your checklists",
    noChecklists: "Your roles do not cover a municipality or region with a checklist of its own.",
    canEdit: "You can edit",
    readOnly: "You can read",
    overviewTitle: "Overview of the municipalities",
    overviewText: "Progress, overdue points and last change for every municipality you have access to.",
  },
  place: {
    municipality: "{name} municipality",
    region: "The {name} region",
  },
  checklist: {
    title: "Welcome service checklist: {place}",
    regionNotice: "{municipality} municipality is part of the {region} region. The checklist covers the whole region.",
    covers: "Covers the municipalities: {municipalities}",
    progress: "{done} of {total} points are done",
    notRelevantCount: "{count, plural, one {# point is not relevant} other {# points are not relevant}}",
    overdueCount: "{count, plural, one {# point is past its due date} other {# points are past their due date}}",
    readOnly: "You can read this checklist but not change it. That is done by the coordinators, editors and administrators of the municipality or region.",
    itemsHeading: "The points",
    owner: "Responsible",
    noOwner: "Nobody responsible yet",
    due: "Due date",
    noDue: "No due date",
    overdue: "Past the due date",
    documentsCount: "{count, plural, =0 {No documents} one {# document} other {# documents}}",
    lastChanged: "Last changed {date}",
    neverChanged: "Not changed yet",
    open: "Open the point",
    openNamed: "Open the point: {title}",
    toOverview: "To the overview of the municipalities",
    toHome: "All your checklists",
  },
  status: {
    legend: "Status",
    notStarted: "Not started",
    inProgress: "In progress",
    done: "Done",
    notRelevant: "Not relevant",
  },
  item: {
    number: "Point {number} of {total}",
    guidance: "Guidance",
    quoteIntro: "The guide’s checklist asks (in Norwegian):",
    source: "Source: {guide}, chapter {sections}.",
    editHeading: "Update the point",
    ownerUser: "Responsible colleague",
    ownerUserHint: "Choose a colleague with access to the checklist, or write a name or role in the field below.",
    ownerUserNone: "None chosen",
    ownerName: "Responsible (name or role)",
    ownerNameHint: "For example “Newcomer coordinator” or a person without an account here.",
    statusHint: "If you choose “Not relevant”, write why in the notes.",
    dueDate: "Due date",
    dueDateHint: "Leave the field empty if there is no due date.",
    notes: "Notes",
    notesHint: "What is done, what is left, who takes part? At most 4000 characters.",
    document: "Attach a document",
    documentHint: "PDF, Word (docx), OpenDocument text (odt), Excel (xlsx), PNG or JPG, at most 5 MB.",
    save: "Save",
    saved: "Your changes are saved.",
    noChange: "Nothing had changed, so nothing was saved.",
    documentsHeading: "Documents",
    noDocuments: "No documents are attached.",
    documentMeta: "{size}, attached {date}",
    remove: "Remove",
    removeNamed: "Remove the document {name}",
    removed: "The document is removed.",
    historyHeading: "Changes",
    noHistory: "No changes yet.",
    historyBy: "{date}, {name}",
    back: "Back to the checklist",
  },
  history: {
    status: "Status: {from} → {to}",
    owner: "Responsible: {from} → {to}",
    dueDate: "Due date: {from} → {to}",
    notes: "The notes were changed",
    documentAdded: "Attached “{name}”",
    documentRemoved: "Removed “{name}”",
    none: "none",
  },
  errors: {
    notRelevantNeedsNote: "Write in the notes why the point is not relevant.",
    dueDate: "Write a valid date as DD.MM.YYYY, for example 30.09.2026.",
    tooLong: "The text is too long: at most {limit} characters.",
    ownerUser: "Choose a colleague from the list.",
    fileTooLarge: "The file is too large. It can be at most 5 MB.",
    fileType: "This type of file cannot be attached. Use PDF, docx, odt, xlsx, PNG or JPG.",
    status: "Choose a status.",
  },
  overview: {
    title: "Checklists: overview of the municipalities",
    lead: "Progress on the 11 points in each municipality. When a municipality is part of a region, the region’s checklist is shown.",
    county: "County",
    allCounties: "All counties",
    show: "Show",
    summary: "{started} of {total} municipalities have started. {withOverdue} have points past their due date.",
    caption: "Checklists by municipality",
    municipality: "Municipality",
    countyColumn: "County",
    progress: "Done",
    progressValue: "{done} of {total}",
    overdue: "Past due date",
    lastChanged: "Last changed",
    viaRegion: "via {region}",
    never: "Never",
    none: "No municipalities to show.",
  },
  notFound: {
    title: "Checklist not found",
    text: "We found no municipality, region or point at this address.",
  },
  items: {
    "organisational-form": {
      title: "How the service is organised",
      guidance:
        "Consider whether the welcome service should be run by the municipality, the county authority or several municipalities together, or be contracted out to another organisation. Municipalities with few inhabitants can cooperate across municipal borders. Others than the municipality can also run the service: the non-profit Welcome Hub Agder runs the welcome service for a whole region.",
    },
    "cooperation-agreement": {
      title: "Cooperation agreement with clear responsibilities",
      guidance:
        "Make a cooperation agreement that says clearly who does what. Possible parties are the municipality, the county authority as adviser and coordinator in the region, the police, the Tax Administration, NAV, businesses and business associations, the social partners, voluntary organisations and providers of language training and onboarding.",
    },
    "contact-point": {
      title: "Coordinating contact point",
      guidance:
        "Agree who will be the coordinating contact point for the service. Many have a welcome coordinator or newcomer adviser. Frøya municipality has a newcomer coordinator who works in a team with the municipality’s other services.",
    },
    "content-plan": {
      title: "Plan for the content",
      guidance:
        "Make a plan for what the service will contain. The guide recommends practical information, learning opportunities, information that increases participation in trade unions, volunteering and community life, social events and networking, and job and career opportunities for accompanying partners.",
    },
    "involve-immigrants": {
      title: "Labour migrants and their families take part",
      guidance:
        "Involve labour migrants and their families when you design the service, so that it meets their needs. The target group is diverse, with different backgrounds and different needs for information and services.",
    },
    "employers-volunteers": {
      title: "Cooperation with employers and volunteers",
      guidance:
        "Involve employers and the voluntary sector, and agree how you will work together. Co-creation gives a broader service, and cooperation with local volunteers can be the key to social integration and taking part in society. A volunteer coordinator in the municipality can be the link.",
    },
    "translation-interpreting": {
      title: "Translation and interpreting",
      guidance:
        "Make sure the information is translated, in plain language and in languages that reach the target group, and consider the use of interpreters in each activity. Public bodies must use a qualified interpreter from the National Register of Interpreters when needed, and using children as interpreters is forbidden.",
    },
    "services-overview": {
      title: "Overview of municipal services",
      guidance:
        "Make an overview or a map of the municipal services with address and contact details: for example where the school, kindergarten, emergency clinic, NAV office and adult education are, and how people contact them.",
    },
    "meeting-place": {
      title: "Physical meeting place or contact point",
      guidance:
        "Consider a physical meeting place with fixed opening hours, for example at the library, the volunteer centre, the service desk or adult education. There people can get information in a language they understand and help with digital services. Examples are welcome meetings, a newcomers’ party and drop-in hours.",
    },
    "information-plan": {
      title: "Plan for telling people about the service",
      guidance:
        "Make a plan for how you will reach people. Good channels are the websites of the municipality and county authority, flyers and posters where the target group goes, social media, newsletters, a “Welcome to the municipality” letter, the service desk, and employers and voluntary organisations who meet the target group.",
    },
    financing: {
      title: "Financing",
      guidance:
        "Make sure the service has financing that suits it. The welcome programme in Rana, for example, is financed jointly by local businesses, Rana municipality and Nordland county authority.",
    },
  },
} as const satisfies CatalogShape<typeof readinessNb>;
