import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cookiesOf, demoPassword, mergeCookies, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { handClock } from "../../test/hand-clock.ts";

const minute = 60 * 1000;

for (const engine of testEngines) {
  describe(`sessions (${engine})`, () => {
    let t: TestApp;
    const { clock, advance } = handClock("2030-05-06T08:00:00Z");
    before(async () => (t = await startTestApp(engine, { clock, publicUrl: "https://velkomst.example" })));
    after(() => t.close());

    const signIn = async (email: string, userAgent = "") => {
      const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password: demoPassword }, headers: { "user-agent": userAgent }, remoteAddress: "10.30.0.1" });
      assert.equal(response.statusCode, 200);
      return { cookie: cookiesOf(response), response };
    };
    const whoAmI = async (cookie: string) => (await t.app.inject({ url: "/api/v1/session", headers: { cookie } })).statusCode;

    test("with an https PUBLIC_URL the session and form cookies are Secure even on a plain request", async () => {
      const { response } = await signIn(t.emailOf("editor"));
      assert.equal(response.cookies.find((c) => c.name === "velkomst_session")?.secure, true);
      const form = await t.app.inject({ url: "/nb/logg-inn" });
      assert.equal(form.cookies.find((c) => c.name === "_csrf")?.secure, true);
    });

    test("a staff session ends after 30 minutes without use", async () => {
      const { cookie } = await signIn(t.emailOf("coordinator"));
      advance(29 * minute);
      assert.equal(await whoAmI(cookie), 200);
      advance(31 * minute);
      assert.equal(await whoAmI(cookie), 401);
    });

    test("a staff session ends after 12 hours however much it is used", async () => {
      const { cookie } = await signIn(t.emailOf("coordinator"));
      for (let used = 20; used < 12 * 60; used += 20) {
        advance(20 * minute);
        assert.equal(await whoAmI(cookie), 200, `after ${used} minutes of use`);
      }
      advance(20 * minute);
      assert.equal(await whoAmI(cookie), 401, "after 12 hours, though last used 20 minutes ago");
    });

    test("a newcomer's session lasts longer: an hour away does not end it", async () => {
      const { cookie } = await signIn(t.emailOf("newcomer"));
      advance(60 * minute);
      assert.equal(await whoAmI(cookie), 200);
    });

    test("signing out ends the session and tells the browser to drop its cached pages", async () => {
      const session = await t.formSession((await signIn(t.emailOf("editor"))).cookie);
      const out = await t.app.inject({
        method: "POST",
        url: "/nb/logg-ut",
        headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({ _csrf: session.csrf }).toString(),
      });
      assert.equal(out.statusCode, 200);
      assert.equal(out.headers["clear-site-data"], '"cache"');
      assert.equal(await whoAmI(session.cookie), 401);
    });

    test("a form token from one session is refused in another", async () => {
      const first = await t.formSession((await signIn(t.emailOf("municipality-admin"))).cookie);
      const second = await signIn(t.emailOf("municipality-admin"));
      const crossed = await t.app.inject({
        method: "POST",
        url: "/nb/logg-ut",
        headers: { cookie: mergeCookies(first.cookie, second.cookie), "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({ _csrf: first.csrf }).toString(),
      });
      assert.equal(crossed.statusCode, 403);
      assert.equal(await whoAmI(second.cookie), 200);
    });

    test("one's own sessions are listed, and signing out everywhere else keeps only this one", async () => {
      const email = t.emailOf("volunteer");
      const phone = await signIn(email, "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36");
      const laptop = await t.formSession((await signIn(email, "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0")).cookie);
      const someoneElse = await signIn(t.emailOf("employer"), "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15");
      const page = await t.app.inject({ url: "/nb/innlogginger", headers: { cookie: laptop.cookie } });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Chrome på Android/);
      assert.match(page.body, /Firefox på Windows/);
      assert.doesNotMatch(page.body, /Safari på macOS/, "another person's session is not shown");
      assert.equal(page.body.match(/Denne nettleseren/g)?.length, 1);

      const signedOut = await t.app.inject({
        method: "POST",
        url: "/nb/innlogginger/logg-ut-andre",
        headers: { cookie: laptop.cookie, "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({ _csrf: laptop.csrf }).toString(),
      });
      assert.equal(signedOut.statusCode, 200);
      assert.match(signedOut.body, /Du er logget ut alle andre steder/);
      assert.equal(await whoAmI(phone.cookie), 401);
      assert.equal(await whoAmI(laptop.cookie), 200);
      assert.equal(await whoAmI(someoneElse.cookie), 200);
    });
  });
}
