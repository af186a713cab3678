import assert from "node:assert/strict";
import { connect } from "node:net";
import { after, before, describe, test } from "node:test";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";

for (const engine of testEngines) {
  describe(`what a request may not do (${engine})`, () => {
    let t: TestApp;
    before(async () => (t = await startTestApp(engine, { env: { REQUEST_TIMEOUT_SECONDS: "1" } })));
    after(() => t.close());

    test("a client that never finishes sending its body is cut off within seconds", async () => {
      await t.app.listen({ port: 0, host: "127.0.0.1" });
      const { port } = t.app.server.address() as { port: number };
      const started = performance.now();
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, "127.0.0.1", () => {
          socket.write("POST /api/v1/password-reset HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
        });
        let received = "";
        socket.on("data", (chunk) => (received += String(chunk)));
        socket.on("close", () => resolve(received));
        socket.on("error", reject);
        setTimeout(() => (socket.destroy(), resolve(`still open after 15 s: ${received}`)), 15_000).unref();
      });
      // Cut off by the request timeout (408) or, if it comes first, the idle-connection timeout (closed without a word).
      assert.ok(answer === "" || /^HTTP\/1\.1 408/.test(answer), answer);
      assert.ok(performance.now() - started < 10_000);
    });

    test("an API write naming a form type is refused even without a body (a cross-site form sends one)", async () => {
      const cookie = await t.signIn("national-admin");
      for (const type of ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"]) {
        const response = await t.app.inject({ method: "POST", url: "/api/v1/settlement/proposals/00000000-0000-4000-8000-000000000000/enquiry", headers: { cookie, "content-type": type } });
        assert.equal(response.statusCode, 415, type);
        assert.equal(response.json().errors[0].message, "expected Content-Type: application/json");
      }
    });

    test("NUL characters and dates that are not dates give 4xx on public pages, never 500", async () => {
      const event = await t.test.database.db.selectFrom("event_texts").select("event_id").where("language", "=", "nb").where("title", "like", "Innflytterfest%").executeTakeFirstOrThrow();
      for (const date of ["x", "2026-13-45", "2026-02-30", "9999-99-99"]) {
        for (const method of ["GET", "POST"] as const) {
          const response = await t.app.inject({ method, url: `/nb/kommune/5014/arrangementer/${event.event_id}/${date}/pamelding`, headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "" });
          assert.ok(response.statusCode >= 400 && response.statusCode < 500, `${method} ${date}: ${response.statusCode}`);
        }
      }
      for (const url of ["/nb/kommune/5014/sok?q=a%00b", "/nb/min-plan/resultat?grunnlag=%00", "/nb/kommune/50%0014", "/api/v1/municipalities/50%0014"]) {
        const response = await t.app.inject(url);
        assert.equal(response.statusCode, 400, url);
      }
      const session = await t.formSession();
      const form = await t.app.inject({ method: "POST", url: "/nb/glemt-passord", headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" }, payload: `_csrf=${session.csrf}&email=a%00@example.no` });
      assert.equal(form.statusCode, 400);
      assert.equal(form.json().errors[0].path, "email");
    });
  });
}
