import type { TestApp } from "./test-app.ts";

/** Posts a web form as a signed-in (or anonymous, with "") visitor with a fresh form token, and reads pages, through the test app. */
export function formRequests(t: TestApp) {
  return {
    async post(cookie: string, url: string, fields: Record<string, string | string[]>, ip = "10.9.0.1") {
      const session = await t.formSession(cookie);
      return t.app.inject({ method: "POST", url, remoteAddress: ip, headers: { cookie: session.cookie }, payload: { ...fields, _csrf: session.csrf } });
    },
    get: (cookie: string, url: string) => t.app.inject({ method: "GET", url, headers: { cookie } }),
  };
}
