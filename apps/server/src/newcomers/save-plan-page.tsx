import { Heading } from "@digdir/designsystemet-react";
import { usePage } from "../web/page-context.tsx";
import { newcomerTexts } from "./newcomer-texts.ts";
import { SavePlanPanel } from "./save-plan-panel.tsx";

/** The consent form again, with its error, when the plan was sent to be saved without consent. */
export function SavePlanPage({ answers, consentError }: { answers: Record<string, string>; consentError: string }) {
  const { lang } = usePage();
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {newcomerTexts(lang)("save.title")}
      </Heading>
      <SavePlanPanel state={{ kind: "not-saved", consentError }} answers={answers} />
    </div>
  );
}
