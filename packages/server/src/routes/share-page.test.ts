import { buildReport, REPORT_LABELS } from "@backtalk/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml, html } from "../html/layout.ts";
import { DIARY_SNAPSHOT, SNAPSHOT } from "../testing/fixtures.ts";
import { DATABASE_KINDS, json, openTestApp, postJson, skipKind, type TestApp } from "../testing/test-app.ts";

describe("html escaping", () => {
  it("escapes every interpolated value, and only trusted fragments pass through", () => {
    expect(escapeHtml(`<script>alert("x")</script>&'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;",
    );
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`<p title="${'" onload="x'}">${inner}${[inner]}</p>`.safe).toBe(
      '<p title="&quot; onload=&quot;x"><b>&lt;i&gt;</b><b>&lt;i&gt;</b></p>',
    );
  });
});

describe.each(DATABASE_KINDS)("GET /s/:token [%s]", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skipKind(kind)) t = await openTestApp(kind, { rateLimits: false });
  });
  afterAll(async () => t?.cleanup());

  it.skipIf(skipKind(kind))(
    "renders the report read-only, in the reader's language, with no script",
    async () => {
      // Nothing but validated ids, facts and dates is stored, so a script cannot ride along.
      const smuggled = { ...SNAPSHOT, plan: { note: "<script>alert(1)</script>" } };
      expect((await postJson(t.app, "/api/shares", { snapshot: smuggled })).status).toBe(422);
      const { token } = await json(postJson(t.app, "/api/shares", { snapshot: SNAPSHOT }));
      const response = await t.app.request(`/s/${token}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
      const page = await response.text();
      expect(page).toContain('<html lang="en">');
      expect(page).not.toMatch(/<script|\sstyle=|\son\w+=/i);
      expect(page).toContain("U3");
      expect(page).toContain("See a doctor today");
      expect(page).toContain("Cancer (now or in the past)");

      const es = await (await t.app.request(`/s/${token}`, { headers: { "accept-language": "es" } })).text();
      expect(es).toContain('<html lang="es">');
      expect(es).not.toContain("See a doctor today");
      const query = await (await t.app.request(`/s/${token}?lang=es`)).text();
      expect(query).toContain('<html lang="es">');
    },
  );

  it.skipIf(skipKind(kind))(
    "renders a shared diary as the engine's doctor report, judged on the day it was shared",
    async () => {
      const { token } = await json(postJson(t.app, "/api/shares", { snapshot: DIARY_SNAPSHOT }));
      const page = await (await t.app.request(`/s/${token}`)).text();
      expect(page).not.toMatch(/<script|\sstyle=|\son\w+=/i);
      const report = buildReport(DIARY_SNAPSHOT.diary, { today: DIARY_SNAPSHOT.today, lang: "en" });
      expect(page).toContain(escapeHtml(REPORT_LABELS.en.title));
      expect(page).toContain(escapeHtml(REPORT_LABELS.en.demoBanner));
      for (const status of report.statuses)
        expect(page).toContain(escapeHtml(REPORT_LABELS.en.statuses[status]));
      for (const rule of report.rules) expect(page).toContain(escapeHtml(rule.title));
      expect(page).toContain("<svg");
      expect(page).toContain('role="img"');
      // The notes stay private: not in the report, so not on the page.
      for (const note of DIARY_SNAPSHOT.diary.checkIns.flatMap((checkIn) => checkIn.note ?? []))
        expect(page).not.toContain(escapeHtml(note));

      const es = await (await t.app.request(`/s/${token}?lang=es`)).text();
      expect(es).toContain('<html lang="es">');
      expect(es).toContain(escapeHtml(REPORT_LABELS.es.statuses[report.status]));
    },
  );

  it.skipIf(skipKind(kind))("shows a plain page for unknown links", async () => {
    const response = await t.app.request(`/s/${"x".repeat(43)}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Link not found");
  });
});
