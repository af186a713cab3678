/**
 * A strict reader for the calendar files we write: checks the RFC 5545 line rules (CRLF, at most
 * 75 octets a line, folding), unfolds, and returns the components with their properties. Tests
 * use it to check our output the way a calendar app would read it.
 */
export interface CalendarProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface CalendarComponent {
  name: string;
  properties: CalendarProperty[];
  components: CalendarComponent[];
}

export class CalendarSyntaxError extends Error {}

/** TEXT values back to text (the inverse of escapeText). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}

function parseLine(line: string, number: number): CalendarProperty {
  // NAME *(;PARAM=VALUE) : VALUE — a colon inside a quoted parameter value does not end the name part.
  let index = 0;
  let inQuotes = false;
  for (; index < line.length; index++) {
    const char = line[index];
    if (char === '"') inQuotes = !inQuotes;
    if (char === ":" && !inQuotes) break;
  }
  if (index >= line.length) throw new CalendarSyntaxError(`line ${number}: no ":" in "${line.slice(0, 40)}"`);
  const [name = "", ...params] = line.slice(0, index).split(";");
  if (!/^[A-Z][A-Z0-9-]*$/.test(name)) throw new CalendarSyntaxError(`line ${number}: bad property name "${name}"`);
  const paramRecord: Record<string, string> = {};
  for (const param of params) {
    const [key = "", ...value] = param.split("=");
    if (!/^[A-Z][A-Z0-9-]*$/.test(key) || value.length === 0) throw new CalendarSyntaxError(`line ${number}: bad parameter "${param}"`);
    paramRecord[key] = value.join("=").replace(/^"|"$/g, "");
  }
  return { name, params: paramRecord, value: line.slice(index + 1) };
}

export function readCalendar(text: string): CalendarComponent {
  if (!text.endsWith("\r\n")) throw new CalendarSyntaxError("the file does not end with CRLF");
  const physical = text.slice(0, -2).split("\r\n");
  physical.forEach((line, i) => {
    if (line.includes("\n") || line.includes("\r")) throw new CalendarSyntaxError(`line ${i + 1}: a bare line break`);
    if (Buffer.byteLength(line, "utf8") > 75) throw new CalendarSyntaxError(`line ${i + 1}: ${Buffer.byteLength(line, "utf8")} octets (at most 75)`);
    if (line.includes("\uFFFD")) throw new CalendarSyntaxError(`line ${i + 1}: a broken character`);
  });
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (logical.length === 0) throw new CalendarSyntaxError("the file starts with a continuation line");
      logical[logical.length - 1] += line.slice(1);
    } else {
      logical.push(line);
    }
  }
  const root: CalendarComponent = { name: "", properties: [], components: [] };
  const stack: CalendarComponent[] = [root];
  logical.forEach((line, i) => {
    const property = parseLine(line, i + 1);
    const current = stack[stack.length - 1]!;
    if (property.name === "BEGIN") {
      const component: CalendarComponent = { name: property.value, properties: [], components: [] };
      current.components.push(component);
      stack.push(component);
    } else if (property.name === "END") {
      if (current.name !== property.value) throw new CalendarSyntaxError(`line ${i + 1}: END:${property.value} closes ${current.name || "nothing"}`);
      stack.pop();
    } else {
      if (current === root) throw new CalendarSyntaxError(`line ${i + 1}: a property outside any component`);
      current.properties.push(property);
    }
  });
  if (stack.length !== 1) throw new CalendarSyntaxError(`${stack[stack.length - 1]!.name} is never closed`);
  const [calendar, ...rest] = root.components;
  if (!calendar || calendar.name !== "VCALENDAR" || rest.length > 0) throw new CalendarSyntaxError("expected exactly one VCALENDAR");
  return calendar;
}

export function propertyValue(component: CalendarComponent, name: string): string | undefined {
  return component.properties.find((p) => p.name === name)?.value;
}
