import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { givenAnswers } from "../plans/plan-paths.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import { ConsentCheckbox } from "./consent-checkbox.tsx";
import { newcomerPaths } from "./newcomer-paths.ts";
import { newcomerTexts } from "./newcomer-texts.ts";
import { planRequestPaths } from "../plan-requests/plan-request-paths.ts";
import { planRequestTexts } from "../plan-requests/plan-request-texts.ts";

/** Where the person stands with saving this plan: the panel on the plan page differs for each. */
export type SaveState = { kind: "signed-out"; returnTo: string } | { kind: "not-saved" | "other-saved"; consentError?: string } | { kind: "this-saved"; done: ReadonlySet<string> } | { kind: "staff" };

/** The plan page's offer to keep the plan on "Min side": only with the person's explicit consent. */
export function SavePlanPanel({ state, answers }: { state: SaveState; answers: Record<string, string> }) {
  const { lang } = usePage();
  const n = newcomerTexts(lang);
  if (state.kind === "staff") return null;
  if (state.kind === "this-saved") {
    return (
      <Alert data-color="info" className="plan-no-print">
        <Paragraph>{n("save.thisIsSaved")}</Paragraph>
        <Link href={planRequestPaths.onMyPage(lang)}>{planRequestTexts(lang)("ask.heading")}</Link>
      </Alert>
    );
  }
  return (
    <section className="stack plan-no-print plan-save" aria-labelledby="plan-save-heading">
      <Heading level={2} data-size="sm" id="plan-save-heading">
        {n("save.title")}
      </Heading>
      {state.kind === "signed-out" ? (
        <>
          <Paragraph data-size="sm">{n("save.signedOutText")}</Paragraph>
          <ul className="plan-actions">
            <li>
              <Link href={newcomerPaths.register(lang)}>{n("save.createAccount")}</Link>
            </li>
            <li>
              <Link href={`${paths.signIn(lang)}?tilbake=${encodeURIComponent(state.returnTo)}`}>{n("save.signIn")}</Link>
            </li>
          </ul>
        </>
      ) : (
        <form method="post" action={newcomerPaths.savePlan(lang)} className="stack" noValidate>
          <CsrfField />
          {givenAnswers(answers).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {state.kind === "other-saved" && <Paragraph data-size="sm">{n("save.replaceHint")}</Paragraph>}
          <ConsentCheckbox name="samtykke" label={n("save.consent")} hint={n("save.consentHint")} error={state.consentError} />
          <div>
            <Button type="submit" variant="secondary">
              {n("save.submit")}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
