import type { FastifyBaseLogger } from "fastify";
import { createTransport } from "nodemailer";
import { redactAddress } from "./redact.ts";

/** One e-mail as it leaves: `template` names its kind for logs and operators (never the body). */
export interface Mail {
  to: string;
  template: string;
  subject: string;
  text: string;
}

/** Where the mail queue hands mail over: SMTP, the log (without a mail server) or a test's list. */
export interface MailTransport {
  send(mail: Mail): Promise<void>;
}

/** A mail server that never answers must not hold a queue run for minutes (nodemailer waits 10 min by default). */
const smtpTimeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Sends through SMTP when SMTP_URL is set. Without a mail server the mail is not delivered: the
 * log says only that a mail of a kind went to a redacted address, never its body (it holds links).
 */
export function createMailTransport(options: { smtpUrl: string | undefined; from: string; log: FastifyBaseLogger }): MailTransport {
  if (!options.smtpUrl) {
    return {
      async send(mail) {
        options.log.warn({ mail: { to: redactAddress(mail.to), template: mail.template } }, "no SMTP_URL configured: e-mail not delivered");
      },
    };
  }
  const transport = createTransport({ url: options.smtpUrl, ...smtpTimeouts });
  return {
    async send(mail) {
      await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
