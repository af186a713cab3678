import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { demoServices } from "./directory-seed.ts";
import { directoryTexts } from "./directory-texts.ts";
import { jsonLdText, serviceJsonLd } from "./service-json-ld.ts";
import { tilesAround } from "./service-map.tsx";
import type { DirectoryService } from "./service-model.ts";
import { addressLine, dayLabel, mapLink, markdownToPlainText, pickText, statusView, telHref } from "./service-presentation.ts";

const nav: DirectoryService = { ...demoServices(2026).find((s) => s.name === "NAV Frøya")!, id: "00000000-0000-4000-8000-000000000001", updatedAt: new Date(0) };

describe("how a service is shown", () => {
  test("open-now texts name the time, and the day when it is not today", () => {
    const t = directoryTexts("nb");
    assert.deepEqual(statusView(t, "nb", { open: true, closesAt: { date: "2026-11-24", time: "14:00" } }, "2026-11-24"), { open: true, badge: "Åpent nå", detail: "Stenger kl. 14:00" });
    assert.deepEqual(statusView(t, "nb", { open: false, opensAt: { date: "2026-11-25", time: "10:00" } }, "2026-11-24"), { open: false, badge: "Stengt nå", detail: "Åpner: i morgen 10:00" });
    assert.equal(statusView(t, "nb", { open: false, opensAt: { date: "2026-11-27", time: "10:00" } }, "2026-11-24").detail, "Åpner: fredag 10:00");
    assert.equal(statusView(t, "nb", { open: false, opensAt: { date: "2026-12-28", time: "10:00" } }, "2026-11-24").detail, "Åpner: mandag 28. desember 10:00");
    assert.equal(statusView(t, "nb", { open: false, opensAt: null }, "2026-11-24").detail, "Ingen faste åpningstider. Ta kontakt.");
    assert.equal(statusView(t, "nb", { open: true, closesAt: null }, "2026-11-24").detail, "Åpent hele døgnet");
    assert.equal(statusView(directoryTexts("ar"), "ar", { open: true, closesAt: { date: "2026-11-24", time: "14:00" } }, "2026-11-24").badge, "مفتوح الآن");
    assert.equal(dayLabel(directoryTexts("pl"), "pl", "2026-11-26", "2026-11-24"), "czwartek");
  });

  test("the text in the reader's language, else bokmål, marked as a fallback", () => {
    assert.deepEqual(pickText(nav, "uk")?.language, "uk");
    assert.deepEqual(pickText(nav, "nn"), { text: nav.texts.nb, language: "nb", fallback: true });
    assert.equal(pickText({ texts: {} }, "nb"), undefined);
    assert.equal(pickText({ texts: { en: { description: "Hello", directions: "", accessibilityNote: "" } } }, "pl")?.language, "en");
  });

  test("address, map link and phone link", () => {
    assert.equal(addressLine(nav), "Demo: Sistranda sentrum, 7260 Sistranda");
    assert.equal(mapLink(nav), "https://www.openstreetmap.org/?mlat=63.72510&mlon=8.83420#map=17/63.72510/8.83420");
    assert.equal(mapLink({ ...nav, latitude: null, longitude: null }), "https://www.openstreetmap.org/search?query=Demo%3A%20Sistranda%20sentrum%2C%207260%20Sistranda%2C%20Norge");
    assert.equal(mapLink({ ...nav, latitude: null, longitude: null, streetAddress: null, postalCode: null, postalTown: null }), null);
    assert.equal(telHref("+47 00 00 00 11"), "tel:+4700000011");
  });

  test("Markdown as plain text: no tags, no script, entities decoded", () => {
    assert.equal(markdownToPlainText("**Fet** & *kursiv*\n\n- én\n- to\n\n<script>alert(1)</script>\n\n[lenke](https://nav.no)"), "Fet & kursiv én to lenke");
  });

  test("the map's tiles cover the view around the point, and nothing is fetched to draw it", () => {
    const map = tilesAround(63.7251, 8.8342, "https://tiles.example/{z}/{x}/{y}.png");
    assert.ok(map.tiles.length >= 2 && map.tiles.length <= 6, String(map.tiles.length));
    assert.ok(map.tiles.every((tile) => /^https:\/\/tiles\.example\/16\/\d+\/\d+\.png$/.test(tile.href)));
    const [left, top, width, height] = map.viewBox.split(" ").map(Number) as [number, number, number, number];
    assert.ok(Math.abs(left + width / 2 - map.point.x) < 0.1 && Math.abs(top + height / 2 - map.point.y) < 0.1, "centred on the point");
    for (const corner of [
      [left, top],
      [left + width - 1, top + height - 1],
    ] as const) {
      assert.ok(map.tiles.some((tile) => corner[0] >= tile.x && corner[0] < tile.x + 256 && corner[1] >= tile.y && corner[1] < tile.y + 256), `corner ${corner} is covered`);
    }
    // Tile x of Sistranda at zoom 16 (OpenStreetMap's slippy-map formula): floor((8.8342 + 180) / 360 * 2^16) = 34376.
    assert.ok(map.tiles.some((tile) => tile.href.includes("/16/34376/")));
  });

  test("schema.org JSON-LD: office type, address, weekly hours and the holidays ahead", () => {
    const data = serviceJsonLd(nav, { url: "https://velkomst.example/nb/kommune/5014/tjenester/x", today: "2026-12-20" });
    assert.equal(data["@type"], "GovernmentOffice");
    assert.deepEqual(data.address, { "@type": "PostalAddress", streetAddress: "Demo: Sistranda sentrum", postalCode: "7260", addressLocality: "Sistranda", addressCountry: "NO" });
    const weekly = data.openingHoursSpecification as Array<Record<string, string>>;
    assert.equal(weekly.length, 5);
    assert.deepEqual(weekly[0], { "@type": "OpeningHoursSpecification", dayOfWeek: "https://schema.org/Monday", opens: "10:00", closes: "14:00" });
    const special = data.specialOpeningHoursSpecification as Array<Record<string, string>>;
    assert.deepEqual(
      special.map((s) => s.validFrom),
      ["2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31", "2027-01-01"],
    );
    assert.ok(special.every((s) => s.opens === "00:00" && s.closes === "00:00"), "closed days");
    const clinic = demoServices(2026).find((s) => s.category === "emergency-clinic")!;
    const clinicData = serviceJsonLd({ ...clinic, id: "x", updatedAt: new Date(0) }, { url: "u", today: "2026-12-20" });
    assert.ok((clinicData.openingHoursSpecification as Array<Record<string, string>>).some((s) => s.closes === "23:59"), "24:00 is written 23:59");
    assert.equal(clinicData.specialOpeningHoursSpecification, undefined, "open on holidays: nothing special");
    assert.equal(jsonLdText({ name: "</script><script>alert(1)</script>" }), '{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
  });
});
