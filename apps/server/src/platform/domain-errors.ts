import type { FieldError } from "@velkomst/validation";

/** Errors a handler throws on purpose; the error handler turns each into its status and body. */
export class DomainError extends Error {
  constructor(
    readonly statusCode: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  constructor(readonly subject: string, readonly id: string) {
    super(404, "not-found", `${subject} ${id} was not found`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "you do not have access to this") {
    super(403, "forbidden", message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor() {
    super(401, "unauthenticated", "sign in first");
  }
}

/** Input that passed the schema but breaks a rule of the domain; reported like schema errors. */
export class InvalidInputError extends DomainError {
  constructor(readonly errors: FieldError[], statusCode = 422) {
    super(statusCode, "invalid-input", errors.map((e) => `${e.path}: ${e.message}`).join("; "));
  }
}

/** Too many requests from one address in a while; the answer says when to try again (Retry-After). */
export class TooManyRequestsError extends DomainError {
  constructor(readonly retryAfterSeconds: number, message = "too many requests from this address; try again later") {
    super(429, "too-many-requests", message);
  }
}
