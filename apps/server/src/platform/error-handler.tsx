import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { describeErrors, type FieldError } from "@velkomst/validation";
import type { ErrorObject } from "ajv";
import { ErrorPage } from "../web/pages/error-page.tsx";
import { sendPage } from "../web/render-page.tsx";
import { paths } from "../web/paths.ts";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { DomainError, InvalidInputError, TooManyRequestsError } from "./domain-errors.ts";

function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith("/api/");
}

function sendApiError(reply: FastifyReply, status: number, type: string, errors: FieldError[] | Array<{ path: string; message: string }>) {
  return reply.status(status).type("application/json").send({ type, errors });
}

const csrfErrorCodes = new Set(["FST_CSRF_INVALID_TOKEN", "FST_CSRF_MISSING_SECRET"]);

/**
 * One place that turns every failure into an answer: schema and domain errors name the field,
 * 4xx keep their meaning, and a 5xx shows only a request id; the details go to the log.
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const api = isApiRequest(request);
    const t = uiTranslator(request.language);

    if (error.validation) {
      const errors = describeErrors(error.validation as unknown as ErrorObject[]).map((e) => ({
        ...e,
        path: [error.validationContext === "body" ? "" : error.validationContext, e.path].filter(Boolean).join("."),
      }));
      if (api) return sendApiError(reply, 400, "invalid-input", errors);
      return sendPage(request, reply, <ErrorPage title={t("errors.notFoundTitle")} text={t("errors.notFoundText")} />, { title: t("errors.notFoundTitle"), status: 404 });
    }

    if (error instanceof InvalidInputError) {
      return sendApiError(reply, error.statusCode, error.type, error.errors);
    }

    if (error instanceof DomainError) {
      if (error instanceof TooManyRequestsError) reply.header("retry-after", String(error.retryAfterSeconds));
      if (api) return sendApiError(reply, error.statusCode, error.type, [{ path: "", message: error.message }]);
      if (error.statusCode === 401) {
        const back = encodeURIComponent(request.url);
        return reply.redirect(`${paths.signIn(request.language)}?tilbake=${back}`, 303);
      }
      const [title, text] =
        error.statusCode === 403
          ? [t("errors.forbiddenTitle"), t("errors.forbiddenText")]
          : error.statusCode === 429
            ? [t("errors.tooManyTitle"), t("errors.tooManyText")]
            : [t("errors.notFoundTitle"), t("errors.notFoundText")];
      return sendPage(request, reply, <ErrorPage title={title} text={text} />, { title, status: error.statusCode });
    }

    if (error.code && csrfErrorCodes.has(error.code)) {
      if (api) return sendApiError(reply, 403, "csrf", [{ path: "_csrf", message: "missing or invalid CSRF token" }]);
      return sendPage(request, reply, <ErrorPage title={t("errors.csrfTitle")} text={t("errors.csrfText")} />, { title: t("errors.csrfTitle"), status: 403 });
    }

    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status < 500) {
      if (api) return sendApiError(reply, status, "bad-request", [{ path: "", message: error.message }]);
      return sendPage(request, reply, <ErrorPage title={t("errors.notFoundTitle")} text={t("errors.notFoundText")} />, { title: t("errors.notFoundTitle"), status });
    }

    request.log.error({ err: error }, "request failed");
    if (api) return sendApiError(reply, 500, "internal", [{ path: "", message: `internal error; request id ${request.id}` }]);
    const title = t("errors.serverTitle");
    return sendPage(request, reply, <ErrorPage title={title} text={t("errors.serverText", { requestId: String(request.id) })} />, { title, status: 500 });
  });

  app.setNotFoundHandler((request, reply) => {
    if (isApiRequest(request)) return sendApiError(reply, 404, "not-found", [{ path: "", message: `no route ${request.method} ${request.url.split("?")[0]}` }]);
    const t = uiTranslator(request.language);
    return sendPage(request, reply, <ErrorPage title={t("errors.notFoundTitle")} text={t("errors.notFoundText")} />, { title: t("errors.notFoundTitle"), status: 404 });
  });
}
