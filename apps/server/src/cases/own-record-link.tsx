import { Link } from "@digdir/designsystemet-react";
import { ownRecordPaths } from "./cases-paths.ts";
import { useCasesTexts } from "./cases-views.tsx";

/** Min side's one line to the participant's own page in the introduction programme. */
export function OwnRecordLink() {
  const { lang, c } = useCasesTexts();
  return <Link href={ownRecordPaths.home(lang)}>{c("mine.link")}</Link>;
}
