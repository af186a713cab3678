import { Alert, Paragraph } from "@digdir/designsystemet-react";

/** The green "done" message after a form was saved (a status, so screen readers announce it); nothing without text. */
export function Notice({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <Alert data-color="success" role="status">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}
