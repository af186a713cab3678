import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";

/** A page that only says how something went, with a link onwards. */
export function MessagePage({ title, text, color, link }: { title: string; text: string; color: "success" | "danger" | "info"; link?: { href: string; label: string } }) {
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Alert data-color={color} role="status">
        <Paragraph>{text}</Paragraph>
      </Alert>
      {link && <Link href={link.href}>{link.label}</Link>}
    </div>
  );
}
