import { Fragment, type ReactNode } from "react";

/** Label–value pairs; the labels are terms so a screen reader reads them with their values. */
export function Facts({ facts }: { facts: Array<[string, ReactNode]> }) {
  return (
    <dl className="contact-list">
      {facts.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
