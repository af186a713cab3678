import { createContext, useContext } from "react";
import type { Language, TextDirection } from "@velkomst/i18n";
import type { UiTranslator } from "../i18n/ui-translator.ts";
import type { Viewer } from "../auth/viewer.ts";

/** What every component of a page may need: the language, its texts, who is looking, the form token. */
export interface PageContext {
  lang: Language;
  dir: TextDirection;
  t: UiTranslator;
  viewer: Viewer | null;
  /** Issues the form token on first use, so pages without forms stay free of cookies and cacheable. */
  csrfToken: () => string;
  /** The request path, for the language picker and return addresses. */
  path: string;
  /** The moment the page is rendered, from the app's clock ("today", "next", "open now"). */
  now: Date;
  /** The request's query (`?…`, or empty): form state that lives in the address, kept by the language picker. */
  search: string;
  /** The content-hashed address of a file in `public/` (`app.css` → `/assets/app.3f9a1c2b7d.css`). */
  asset: (name: string) => string;
}

const context = createContext<PageContext | null>(null);
export const PageContextProvider = context.Provider;

export function usePage(): PageContext {
  const value = useContext(context);
  if (!value) throw new Error("usePage outside a page");
  return value;
}
