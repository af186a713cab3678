/** An address as logs and operator lists show it: the first letter and the domain (`m…@example.no`). */
export function redactAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "…";
  return `${address[0]}…${address.slice(at)}`;
}
