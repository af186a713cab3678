const osloDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Norway, `YYYY-MM-DD` (en-CA formats dates that way), as the rules package counts it. */
export function todayInNorway(): string {
  return osloDate.format(new Date());
}
