import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { fontsFor, layoutParagraph, unicodeRangeCoverage, type Direction, type FontCoverage } from "./pdf-text-layout.ts";

// Fonts shaped like the fontsource subsets (each also has the space), measured one unit per character.
const range = (list: string): FontCoverage["covers"] => {
  const inRange = unicodeRangeCoverage(list);
  return (codePoint) => codePoint === 0x20 || inRange(codePoint);
};
const fonts: FontCoverage[] = [
  { key: "latin", covers: range("U+0000-00FF,U+2000-206F") },
  { key: "latin-ext", covers: range("U+0100-02BA") },
  { key: "cyrillic", covers: range("U+0400-045F,U+0490-0491") },
  { key: "arabic", covers: range("U+0600-06FF") },
];
const measure = (text: string) => Array.from(text).length;

function layout(text: string, direction: Direction | "auto", width = 200) {
  return layoutParagraph(text, { direction, width, fonts, measure });
}
/** A line's runs, left to right as drawn: [font, text in reading order, drawn right to left]. */
const runsOf = (text: string, direction: Direction | "auto") => layout(text, direction).map((line) => line.runs.map((run) => [run.font, run.text, run.rtl]));

describe("runs in visual order with a font each", () => {
  const cases: Array<{ name: string; text: string; direction: Direction | "auto"; runs: Array<[string, string, boolean]> }> = [
    { name: "bokmål is one run", text: "Planen din for Frøya", direction: "ltr", runs: [["latin", "Planen din for Frøya", false]] },
    {
      name: "Polish letters outside Latin-1 take the Latin Extended file, the rest stays Latin",
      text: "Załatw kartę",
      direction: "ltr",
      runs: [
        ["latin", "Za", false],
        ["latin-ext", "ł", false],
        ["latin", "atw kart", false],
        ["latin-ext", "ę", false],
      ],
    },
    { name: "Ukrainian is one Cyrillic run, spaces included", text: "Ваш план і ґанок", direction: "ltr", runs: [["cyrillic", "Ваш план і ґанок", false]] },
    {
      name: "Arabic with a number, a date and NAV: right to left, numbers and Latin left to right inside",
      text: "سجّل في NAV قبل 1 مارس 2028.",
      direction: "rtl",
      runs: [
        ["latin", ".", true],
        ["latin", "2028", false],
        ["arabic", "مارس ", true],
        ["latin", " ", true],
        ["latin", "1", false],
        ["arabic", "قبل ", true],
        ["latin", " ", true],
        ["latin", "NAV", false],
        ["arabic", "سجّل في ", true],
      ],
    },
    {
      name: "brackets around Latin in Arabic stay right to left (and are mirrored when drawn)",
      text: "الرقم (D)",
      direction: "rtl",
      runs: [
        ["latin", ")", true],
        ["latin", "D", false],
        ["latin", "(", true],
        ["arabic", "الرقم ", true],
      ],
    },
    {
      name: "Arabic-Indic digits read left to right",
      text: "عام ٢٠٢٨",
      direction: "rtl",
      runs: [
        ["arabic", "٢٠٢٨", false],
        ["arabic", "عام ", true],
      ],
    },
    {
      name: "a Norwegian reference in an Arabic plan, direction from its first letter: one left-to-right run",
      text: "Folkeregisterloven § 4-1 (bosatt).",
      direction: "auto",
      runs: [["latin", "Folkeregisterloven § 4-1 (bosatt).", false]],
    },
    {
      name: "the same reference forced right to left: its full stop moves to the left end",
      text: "Folkeregisterloven § 4-1 (bosatt).",
      direction: "rtl",
      runs: [
        ["latin", ".", true],
        ["latin", "Folkeregisterloven § 4-1 (bosatt)", false],
      ],
    },
  ];
  for (const { name, text, direction, runs } of cases) {
    test(name, () => assert.deepEqual(runsOf(text, direction), [runs]));
  }
});

describe("the text handed to the shaping engine", () => {
  const glyphTexts = (text: string, direction: Direction) => layout(text, direction)[0]!.runs.map((run) => run.glyphText);

  test("Arabic letters go in reading order (fontkit reverses a right-to-left script itself, shaping in context)", () => {
    assert.deepEqual(glyphTexts("سجّل في NAV", "rtl"), ["NAV", "سجّل في "]);
  });
  test("right-to-left neutrals are reversed and mirrored here", () => {
    assert.deepEqual(glyphTexts("الرقم (D)", "rtl"), ["(", "D", ")", "الرقم "]);
    assert.deepEqual(glyphTexts("نص [أ] - «ب»", "rtl"), ["«", "ب", "» - [", "أ", "]", "نص "]);
  });
  test("Arabic-Indic digits are reversed first, since fontkit would reverse them as Arabic script", () => {
    assert.deepEqual(glyphTexts("عام ٢٠٢٨", "rtl"), ["٨٢٠٢", "عام "]);
  });
});

describe("line breaking", () => {
  test("breaks at spaces, never wider than the line", () => {
    const lines = layout("en to tre fire", "ltr", 7);
    assert.deepEqual(
      lines.map((line) => line.text),
      ["en to", "tre", "fire"],
    );
    assert.deepEqual(
      lines.map((line) => line.width),
      [5, 3, 4],
    );
  });
  test("Arabic lines keep the reading order of words line by line; each line is right to left", () => {
    const lines = layout("واحد اثنان ثلاثة", "rtl", 11);
    assert.deepEqual(
      lines.map((line) => [line.text, line.hasRtl, line.runs.map((run) => run.text)]),
      [
        ["واحد اثنان", true, ["واحد اثنان"]],
        ["ثلاثة", true, ["ثلاثة"]],
      ],
    );
  });
  test("an address longer than a line breaks after a slash, ? or &", () => {
    const url = "https://example.no/a/very/long/path?x=1&y=2";
    const lines = layout(url, "ltr", 20).map((line) => line.text);
    assert.equal(lines.join(""), url);
    for (const line of lines) assert.ok(line.length <= 20, line);
    for (const line of lines.slice(0, -1)) assert.match(line, /[/?&=]$/);
  });
  test("white space collapses; nothing to draw gives no lines", () => {
    assert.deepEqual(
      layout("  en \n  to  ", "ltr").map((line) => line.text),
      ["en to"],
    );
    assert.deepEqual(layout(" \n ", "rtl"), []);
  });
});

describe("fonts per character", () => {
  test("combining marks and spaces keep the font before them; an uncovered character falls back to the first font", () => {
    const text = "سّ a中";
    assert.deepEqual(fontsFor(text, fonts), ["arabic", "arabic", "arabic", "latin", "latin"]);
  });
  test("a surrogate pair gets one font for both halves", () => {
    assert.deepEqual(fontsFor("a😀", fonts), ["latin", "latin", "latin"]);
  });
  test("Unicode range lists are read as fontsource writes them", () => {
    const covers = unicodeRangeCoverage("U+0000-00FF,U+0131,U+2000-206F");
    assert.deepEqual([0x41, 0x131, 0x132, 0x2013, 0x600].map(covers), [true, true, false, true, false]);
    assert.throws(() => unicodeRangeCoverage("0041"), /Not a Unicode range/);
  });
});

test("property: every character is drawn once, lines fit, and the reading order survives", () => {
  const pieces = ["Frøya", "NAV", "ł", "план", "في", "مارس", "٢٠", "2028", "(", ")", ".", "،", " ", "  ", "https://nav.no/x"];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.constantFrom<Direction | "auto">("ltr", "rtl", "auto"), fc.integer({ min: 4, max: 40 }), (parts, direction, width) => {
      const text = parts.join("").replace(/\s+/g, " ").trim();
      const lines = layout(text, direction, width);
      // Lines break at spaces, or inside a word longer than the line.
      assert.equal(lines.map((line) => line.text).join("").replace(/ /g, ""), text.replace(/ /g, ""));
      for (const line of lines) {
        const logical = [...line.runs].sort((a, b) => a.start - b.start);
        assert.equal(logical.map((run) => run.text).join(""), line.text);
        assert.ok(line.width <= width || Array.from(line.text).length === 1, `${line.text} is ${line.width} wide`);
        for (const run of line.runs) assert.equal(Array.from(run.glyphText).length, Array.from(run.text).length);
      }
    }),
  );
});

test("bidi isolates order the text but are not drawn", () => {
  const runs = runsOf("راجع المصدر: \u2068Lov (kap. 6A).\u2069", "rtl").flat();
  const drawn = runs.map(([, text]) => text).join("");
  assert.doesNotMatch(drawn, /[\u2066-\u2069]/);
  assert.ok(runs.some(([font, text, rtl]) => font === "latin" && String(text).includes("Lov (kap. 6A).") && rtl === false), JSON.stringify(runs));
});

test("a no-break space holds a phone number together on one line", () => {
  const lines = layout("NAV Frøya, Sistranda, 55\u00a055\u00a033\u00a033", "ltr", 24).map((line) => line.text);
  assert.ok(lines.includes("55\u00a055\u00a033\u00a033"), JSON.stringify(lines));
  assert.deepEqual(layout("a  b\tc", "ltr").map((line) => line.text), ["a b c"], "other white space still collapses");
});
