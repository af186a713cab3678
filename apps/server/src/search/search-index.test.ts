import { test } from "node:test";
import assert from "node:assert/strict";
import { createMigratedDatabase, testEngines } from "../../test/test-database.ts";
import { removeSearchDocuments, replaceSearchDocuments } from "./search-index.ts";

for (const engine of testEngines) {
  test(`search index replaces and removes the documents of one thing (${engine})`, async (t) => {
    const { database, dispose } = await createMigratedDatabase(engine);
    t.after(dispose);
    const { db } = database;
    const target = { kind: "page", key: "health", scope: { kind: "municipality", id: "5014" } } as const;
    await replaceSearchDocuments(db, target, [
      { language: "nb", title: "Helse", summary: "Fastlege og helsestasjon", body: "Alle har rett til en fastlege.", path: "info/health" },
      { language: "ar", title: "الصحة", summary: "طبيب", body: "لكل شخص الحق في طبيب عام.", path: "info/health" },
    ]);
    const rows = () => db.selectFrom("search_documents").select(["language", "title", "scope_kind", "scope_id"]).orderBy("language").execute();
    assert.deepEqual(await rows(), [
      { language: "ar", title: "الصحة", scope_kind: "municipality", scope_id: "5014" },
      { language: "nb", title: "Helse", scope_kind: "municipality", scope_id: "5014" },
    ]);
    const words = await db.selectFrom("search_words").select(["word", "folded"]).where("language", "=", "nb").where("word", "=", "helsestasjon").execute();
    assert.deepEqual(words, [{ word: "helsestasjon", folded: "helsestasjon" }]);

    // Replacing again in a transaction of the caller, with one language fewer.
    await db.transaction().execute((transaction) =>
      replaceSearchDocuments(transaction, target, [{ language: "nb", title: "Helse og lege", summary: "", body: "Fastlege.", path: "info/health" }]),
    );
    assert.deepEqual(await rows(), [{ language: "nb", title: "Helse og lege", scope_kind: "municipality", scope_id: "5014" }]);

    // Another scope with the same key is another document.
    await replaceSearchDocuments(db, { ...target, scope: { kind: "national" } }, [{ language: "nb", title: "Helse", summary: "", body: "x", path: "info/health" }]);
    await removeSearchDocuments(db, target);
    assert.deepEqual(await rows(), [{ language: "nb", title: "Helse", scope_kind: "national", scope_id: "" }]);
  });

  test(`search index refuses bad targets and documents without writing (${engine})`, async (t) => {
    const { database, dispose } = await createMigratedDatabase(engine);
    t.after(dispose);
    const { db } = database;
    const page = { language: "nb", title: "T", summary: "", body: "", path: "info/x" } as const;
    await assert.rejects(replaceSearchDocuments(db, { kind: "page", key: "x", scope: { kind: "municipality", id: "froya" } }, [page]), /municipality number/);
    await assert.rejects(replaceSearchDocuments(db, { kind: "page", key: "x", scope: { kind: "national" } }, [page, page]), /two documents in nb/);
    await assert.rejects(replaceSearchDocuments(db, { kind: "page", key: "x", scope: { kind: "national" } }, [{ ...page, path: "/nb/x" }]), /relative/);
    assert.equal((await db.selectFrom("search_documents").select("key").execute()).length, 0);
  });
}
