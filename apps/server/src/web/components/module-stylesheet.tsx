import { usePage } from "../page-context.tsx";

/**
 * A module's own stylesheet, declared by the view that uses its classes: `<ModuleStylesheet
 * name="plan.css" />` anywhere in the view (the file lives in apps/server/public). React hoists it
 * into the head after Designsystemet's and the app's, once however often it is rendered, so a page
 * loads only the module CSS of what it shows.
 */
export function ModuleStylesheet({ name }: { name: string }) {
  return <link rel="stylesheet" href={usePage().asset(name)} precedence="module" />;
}
