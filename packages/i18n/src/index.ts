export * from "./languages.ts";
export * from "./messages.ts";
export { placeholdersOf } from "./placeholders.ts";
