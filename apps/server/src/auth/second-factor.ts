import { generateSecret, generateURI, verifySync } from "otplib";

/** TOTP (RFC 6238) as authenticator apps expect it: SHA-1, 6 digits, 30-second steps. */
export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, accountEmail: string): string {
  return generateURI({ secret, issuer: "Velkomst", label: accountEmail });
}

/**
 * The time step the code belongs to, or null when it is not a current code. The caller keeps the
 * step of the last accepted code, so no code is accepted twice (RFC 6238 §5.2).
 */
export function totpStepOf(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  // One step either way forgives a phone clock that is a little off.
  const result = verifySync({ secret, token, epoch: Math.floor(now.getTime() / 1000), epochTolerance: 30 });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
