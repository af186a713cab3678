/**
 * Texts for reading Velkomst without a network. Bokmål is the source and defines the shape.
 * ICU MessageFormat; plain language (B1). `{savedAt}` is a date and time, filled in on the phone.
 */
export const offlineNb = {
  notice: "Lagret {savedAt}. Du er ikke på nett, så du ser siden slik den var da.",
  page: {
    title: "Du er ikke på nett",
    lead: "Denne siden er ikke lagret på telefonen din.",
    saved: "Sider du har åpnet før, og planen din, kan du åpne uten nett.",
    retry: "Prøv igjen når du har nett.",
  },
};
