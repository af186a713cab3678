import { generateSecret, generateURI, verifySync } from "otplib";

/** TOTP (RFC 6238) as authenticator apps expect it: SHA-1, 6 digits, 30-second steps. */
export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, accountEmail: string): string {
  return generateURI({ secret, issuer: "Velkomst", label: accountEmail });
}

export function verifyTotp(secret: string, code: string): boolean {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return false;
  // One step either way forgives a phone clock that is a little off.
  return verifySync({ secret, token, epochTolerance: 30 }).valid;
}
