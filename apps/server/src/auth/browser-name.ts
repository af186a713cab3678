/** Checked in order: Edge and Opera also say "Chrome", Chrome also says "Safari". */
const browsers: ReadonlyArray<[marker: string, name: string]> = [
  ["Edg/", "Edge"],
  ["OPR/", "Opera"],
  ["Firefox/", "Firefox"],
  ["Chrome/", "Chrome"],
  ["Safari/", "Safari"],
];
const systems: ReadonlyArray<[marker: string, name: string]> = [
  ["Android", "Android"],
  ["iPhone", "iPhone"],
  ["iPad", "iPad"],
  ["Windows", "Windows"],
  ["Mac OS X", "macOS"],
  ["CrOS", "ChromeOS"],
  ["Linux", "Linux"],
];

/** Browser and system from a User-Agent header: enough for a person to recognise their own devices, no more. */
export function browserAndSystem(userAgent: string): { browser: string; system: string } | undefined {
  const browser = browsers.find(([marker]) => userAgent.includes(marker))?.[1];
  const system = systems.find(([marker]) => userAgent.includes(marker))?.[1];
  return browser && system ? { browser, system } : undefined;
}
