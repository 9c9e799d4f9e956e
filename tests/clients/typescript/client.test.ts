// A small program written as an integrator would, against the types openapi-typescript generates from the API's
// OpenAPI document (generated/schema.d.ts) and the openapi-fetch client. The API tests generate the types, compile this
// file with TypeScript 5 (a type error fails them) and run it under Node's test runner against the API on loopback.
// SENSOA_API is the API's address, SENSOA_CASES the folder of shipped cases, SENSOA_EXPECTED their flags as JSON.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/schema.js";

type Incident = components["schemas"]["Incident"];
type Problem = components["schemas"]["Problem"];

// JSON answers through one client; the printable reports, text, through another that reads the text media types.
const client = createClient<paths, "application/json" | "application/problem+json">({ baseUrl: process.env.SENSOA_API });
const reports = createClient<paths, "text/markdown" | "text/html" | "application/problem+json">({ baseUrl: process.env.SENSOA_API });
const cases = process.env.SENSOA_CASES!;
const expected: Record<string, string> = JSON.parse(process.env.SENSOA_EXPECTED!);
const read = (file: string): Incident => JSON.parse(readFileSync(join(cases, file), "utf8"));

// What the types say, checked by the compiler: a flag is one of four strings; an organisation's availability is
// left out rather than null; count is a number.
const green: components["schemas"]["Flag"] = "green";
// @ts-expect-error the server never sends null for availability: it leaves it out
const neverNull: components["schemas"]["Referral"]["availability"] = null;
// @ts-expect-error a flag is not any string
const notAFlag: components["schemas"]["Flag"] = "purple";
void [green, neverNull, notAFlag];

test("every shipped case is assessed, with the library's flags", async () => {
  const files = readdirSync(cases).filter((f) => f.endsWith(".json")).sort();
  assert.ok(files.length >= 8);
  for (const file of files) {
    const incident = read(file);
    const { data, error, response } = await client.POST("/assessments", {
      params: { query: { lang: "nl", at: "2026-03-02T09:00" } },
      body: incident,
    });
    assert.equal(response.status, 200, file);
    assert.equal(error, undefined);
    assert.ok(data);
    assert.equal(data.behaviours.length, incident.behaviours.length);
    assert.equal(data.behaviours.map((b) => b.flag ?? "none").join(","), expected[file], file);
    for (const referral of data.referrals) {
      assert.ok(["open", "closed", "unknown"].includes(referral.availability!), `${file}: ${referral.id}`);
    }
  }
});

test("a report is read as text", async () => {
  for (const [format, type] of [["md", "text/markdown"], ["html", "text/html"]] as const) {
    const { data, response } = await reports.POST("/assessments", {
      params: { query: { format, case: "2026-014" } },
      body: read("two-person-sexting.json"),
      parseAs: "text",
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type")?.split(";")[0], type);
    const text: string = data!;
    assert.ok(text.includes("2026-014"));
  }
});

test("a refused incident is read as a typed problem", async () => {
  const incident = read("two-person-sexting.json");
  incident.behaviours[0].actorId = "nobody";
  const { data, error, response } = await client.POST("/assessments", { body: incident });
  assert.equal(response.status, 400);
  assert.equal(data, undefined);
  const problem: Problem = error!;
  assert.equal(problem.type, "urn:sensoa-flags:problem:invalid-incident");
  assert.ok(problem.traceId.length > 0);
  assert.deepEqual(problem.errors.map((e) => `${e.code} ${e.path}`), ["danglingId $.behaviours[0].actorId"]);
});

test("a body without Content-Type gets 415 with the problem", async () => {
  const { error, response } = await client.POST("/assessments", {
    body: read("two-person-sexting.json"),
    headers: { "Content-Type": null },
    // Bytes, so that fetch adds no Content-Type of its own (it would say text/plain for a string).
    bodySerializer: (body) => new TextEncoder().encode(JSON.stringify(body)),
  });
  assert.equal(response.status, 415);
  assert.deepEqual(error!.errors.map((e) => `${e.code} ${e.path}`), ["unsupportedMediaType $"]);
});

test("the other operations, with their typed parameters", async () => {
  const referrals = await client.GET("/referrals", { params: { query: { at: "now", lang: "nl" } } });
  assert.ok(referrals.data!.referrals.length > 0);
  assert.ok(referrals.data!.referrals.every((r) => r.availability !== undefined));

  const criteria = await client.GET("/criteria", { params: { header: { "Accept-Language": "nl-BE, en;q=0.5" } } });
  assert.equal(criteria.data!.language, "nl");
  assert.equal(criteria.data!.criteria.length, 6);

  const pitfalls = await client.GET("/pitfalls", { params: { query: { lang: "en" } } });
  assert.equal(pitfalls.data!.pitfalls.length, 4);

  const rules = await client.GET("/rules");
  assert.ok(rules.data!.rules.every((r) => r.source.document.length > 0));

  const examples = await client.POST("/examples", { params: { query: { count: 2 } }, body: read("two-person-sexting.json") });
  assert.deepEqual(examples.data!.behaviours.map((b) => b.matches.length), [2, 2]);

  const wrong = await client.GET("/referrals", { params: { query: { lang: "de" as "nl" } } });
  assert.equal(wrong.response.status, 400);
  assert.deepEqual(wrong.error!.errors.map((e) => `${e.code} ${e.path}`), ["unknownValue ?lang"]);
});
