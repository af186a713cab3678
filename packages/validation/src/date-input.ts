import { westernDigits } from "./digits.ts";

/**
 * Dates and times as people in Norway type them in a form, in every language of the platform:
 * day.month.year and a 24-hour clock. Text fields, not the browser's date and time pickers, which
 * show mm/dd/yyyy and AM/PM in many languages whatever the page says.
 */

/** 17.05.2026, 17.5.2026, with `/`, `-` or a space instead of the full stops, or 17052026 (a phone's number keypad may have no full stop). */
const dayMonthYear = /^(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{4})$|^(\d{2})(\d{2})(\d{4})$/;
/** The API's and older clients' form, and what the forms are filled with. */
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 18:30, 18.30, 9:05, or 1830 and 905 without a separator. */
const clockTime = /^(\d{1,2})[:.](\d{2})$|^(\d{1,2})(\d{2})$/;

function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The ISO date (`YYYY-MM-DD`) of what was typed, or undefined when it is not a real day. */
export function parseDateInput(text: string): string | undefined {
  const typed = westernDigits(text.trim());
  const iso = isoDate.exec(typed);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const norwegian = dayMonthYear.exec(typed);
  if (!norwegian) return undefined;
  const [day, month, year] = norwegian[1] ? [norwegian[1], norwegian[2], norwegian[3]] : [norwegian[4], norwegian[5], norwegian[6]];
  return isoOf(Number(year), Number(month), Number(day));
}

/** The time (`HH:MM`, 24-hour) of what was typed, or undefined when it is not a time of day. */
export function parseTimeInput(text: string): string | undefined {
  const typed = clockTime.exec(westernDigits(text.trim()));
  if (!typed) return undefined;
  const hours = Number(typed[1] ?? typed[3]);
  const minutes = Number(typed[2] ?? typed[4]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/** What a date field shows: a stored ISO date as 17.05.2026; what someone typed, as they typed it. */
export function dateInputValue(value: string | undefined): string {
  const iso = isoDate.exec(value ?? "");
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : (value ?? "");
}
