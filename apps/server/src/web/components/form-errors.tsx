import { ErrorSummary } from "@digdir/designsystemet-react";
import { usePage } from "../page-context.tsx";

export interface FormErrors {
  /** Field name → the message to show next to it. */
  fields: Record<string, string>;
}

/** "Fødselsår: …", but "Hvorfor bor du i Norge? …": a question or a label with its own colon gets no second one. */
function labelled(label: string | undefined, message: string): string {
  if (!label) return message;
  return /[?:؟]$/.test(label.trim()) ? `${label.trim()} ${message}` : `${label}: ${message}`;
}

/**
 * The summary at the top of a form that failed, linking each problem to its field (WCAG 3.3.1). It
 * takes the focus when the page loads (no script needed), so the reader hears at once what went wrong.
 */
export function FormErrorSummary({ errors, labels }: { errors: FormErrors; labels: Record<string, string> }) {
  const { t } = usePage();
  const entries = Object.entries(errors.fields);
  if (entries.length === 0) return null;
  return (
    <ErrorSummary tabIndex={-1} autoFocus>
      <ErrorSummary.Heading>{t("errors.summaryTitle")}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {entries.map(([field, message]) => (
          <ErrorSummary.Item key={field}>
            <ErrorSummary.Link href={`#field-${field}`}>{labelled(labels[field], message)}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
