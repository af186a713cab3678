import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { snippetOf } from "./search-snippet.ts";

const text = (parts: ReturnType<typeof snippetOf>) => parts?.map((part) => (part.match ? `[${part.text}]` : part.text)).join("");

test("the snippet is the window with the most matched words, marked, with … where cut", () => {
  const body = "En to tre fire fem. Helsestasjonen ligger ved torget. Seks sju åtte ni ti elleve tolv tretten fjorten. Ring helsestasjonen, eller kom innom helsestasjonen på torget.";
  assert.equal(text(snippetOf(body, new Set(["helsestasjonen"]), 10)), "… tretten fjorten. Ring [helsestasjonen], eller kom innom [helsestasjonen] på torget.");
  assert.equal(text(snippetOf("Helsestasjonen ligger ved torget på Sistranda.", new Set(["helsestasjonen"]), 4)), "[Helsestasjonen] ligger ved torget …");
  assert.equal(snippetOf("Ingenting her.", new Set(["helsestasjonen"])), undefined);
  assert.equal(text(snippetOf("يتابع المركز الصحي (helsestasjon) الأطفال مجانًا.", new Set(["helsestasjon"]))), "يتابع المركز الصحي ([helsestasjon]) الأطفال مجانًا.");
});

test("line breaks become spaces and the marked words are the text's own", () => {
  assert.deepEqual(snippetOf("Helse for barn\nHelsestasjonen og skolen", new Set(["helsestasjonen"])), [
    { text: "Helse for barn ", match: false },
    { text: "Helsestasjonen", match: true },
    { text: " og skolen", match: false },
  ]);
});

test("a snippet never has more than the window's words, and every marked word is a matched word", () => {
  const vocabulary = ["helse", "stasjon", "barn", "skole", "lege", "og", "i"];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 80 }), fc.subarray(vocabulary, { minLength: 1 }), fc.integer({ min: 1, max: 30 }), (words, matched, length) => {
      const parts = snippetOf(words.join(" "), new Set(matched), length);
      if (!words.some((word) => matched.includes(word))) return assert.equal(parts, undefined);
      assert.ok(parts);
      const shown = parts.map((part) => part.text).join("").match(/[\p{L}]+/gu) ?? [];
      assert.ok(shown.length <= length, `${shown.length} > ${length}`);
      for (const part of parts.filter((p) => p.match)) assert.ok(matched.includes(part.text));
      assert.ok(parts.some((part) => part.match));
    }),
    { numRuns: 500 },
  );
});
