import type { ServiceInputBody } from "../src/directory/service-model.ts";

/** A test-data builder: a valid service of Frøya for the directory API, with any fields replaced. */
export function serviceBody(overrides: Partial<ServiceInputBody> = {}): ServiceInputBody {
  return {
    scope: { kind: "municipality", id: "5014" },
    category: "library",
    name: "Testbiblioteket",
    provider: null,
    streetAddress: "Testveien 1",
    postalCode: "7260",
    postalTown: "Sistranda",
    latitude: 63.72,
    longitude: 8.83,
    phone: "+47 00 00 00 99",
    email: "bibliotek@demo.velkomst.no",
    bookingUrl: null,
    website: null,
    languages: ["nb", "so"],
    wheelchairAccess: "yes",
    hearingLoop: false,
    closedOnPublicHolidays: true,
    texts: { nb: { description: "Bøker og **språkkafé**." } },
    weeklyHours: [{ weekday: 2, opens: "10:00", closes: "15:00" }],
    exceptions: [{ firstDate: "2026-12-24", lastDate: "2026-12-24", opens: null, closes: null }],
    ...overrides,
  } as ServiceInputBody;
}
