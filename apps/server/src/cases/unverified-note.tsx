import type { UnverifiedCheck } from "@velkomst/rules";
import { useCasesTexts } from "./cases-views.tsx";

/**
 * A calm note next to a figure whose value the rules could not yet confirm in the law's own text
 * (an `unverified` rule check): the figure stays in use, the adviser is told it is being checked.
 */
export function UnverifiedNote({ checks, figure }: { checks: readonly UnverifiedCheck[]; figure: "number" | "deadline" }) {
  const { c } = useCasesTexts();
  if (checks.length === 0) return null;
  return (
    <>
      {" "}
      <small className="unverified-note">{c(figure === "number" ? "record.unverifiedNumber" : "record.unverifiedDeadline")}</small>
    </>
  );
}
