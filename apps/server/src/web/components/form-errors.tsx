import { ErrorSummary } from "@digdir/designsystemet-react";
import { usePage } from "../page-context.tsx";

export interface FormErrors {
  /** Field name → the message to show next to it. */
  fields: Record<string, string>;
}

/** The summary at the top of a form that failed, linking each problem to its field (WCAG 3.3.1). */
export function FormErrorSummary({ errors, labels }: { errors: FormErrors; labels: Record<string, string> }) {
  const { t } = usePage();
  const entries = Object.entries(errors.fields);
  if (entries.length === 0) return null;
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{t("errors.summaryTitle")}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {entries.map(([field, message]) => (
          <ErrorSummary.Item key={field}>
            <ErrorSummary.Link href={`#field-${field}`}>
              {labels[field] ? `${labels[field]}: ` : ""}
              {message}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
