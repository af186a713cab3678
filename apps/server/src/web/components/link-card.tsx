import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";

/** A whole card that is one link: a heading and a line saying what is behind it. */
export function LinkCard({ href, title, text, headingLevel = 2 }: { href: string; title: string; text: string; headingLevel?: 2 | 3 }) {
  return (
    <Card asChild data-color="accent">
      <a href={href}>
        <Heading level={headingLevel} data-size="xs">
          {title}
        </Heading>
        <Paragraph>{text}</Paragraph>
      </a>
    </Card>
  );
}
