import { usePage } from "../page-context.tsx";

/** The hidden token every state-changing form carries (see @fastify/csrf-protection). */
export function CsrfField() {
  return <input type="hidden" name="_csrf" value={usePage().csrfToken()} />;
}
