import type { Kysely } from "kysely";
import type { Config } from "../config.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { createContentFeedback } from "./content-feedback.ts";
import { createContentOverview } from "./content-overview.ts";
import { createContentReader } from "./content-reader.ts";
import { createContentWorkflow } from "./content-workflow.ts";
import { createDeeplTranslationProvider, type TranslationProvider } from "./machine-translation.ts";

/** The content module's collaborators: the reader, the editorial workflow, editors' views and reader feedback. */
export function createContent({ db, config, translation }: { db: Kysely<DatabaseSchema>; config: Pick<Config, "translationProvider" | "cookieSecret" | "clock">; translation?: TranslationProvider }) {
  const provider = translation ?? (config.translationProvider ? createDeeplTranslationProvider(config.translationProvider) : undefined);
  return {
    reader: createContentReader(db),
    workflow: createContentWorkflow({ db, translation: provider, clock: config.clock }),
    overview: createContentOverview(db),
    feedback: createContentFeedback(db, config.clock, config.cookieSecret),
  };
}

export type Content = ReturnType<typeof createContent>;
