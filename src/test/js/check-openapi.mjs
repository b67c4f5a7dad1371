// Validates the OpenAPI document the build writes (target/openapi/openapi.json) against the official
// OpenAPI schema of its version (@seriousme/openapi-schema-validator), then checks what the schema
// cannot: every operation has a summary and a 200 and a problem response, every parameter and every
// property of every component is described, and no $ref points nowhere.
// Run by `./mvnw verify` after packaging; by hand: `node src/test/js/check-openapi.mjs`.
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Validator } from "@seriousme/openapi-schema-validator";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const file = join(root, "target/openapi/openapi.json");
const document = JSON.parse(readFileSync(file, "utf8"));
const problems = [];

const validator = new Validator();
const result = await validator.validate(document);
if (!result.valid) {
  problems.push(`not a valid OpenAPI ${validator.version ?? document.openapi} document: ${JSON.stringify(result.errors).slice(0, 2000)}`);
}

const schemas = document.components?.schemas ?? {};
for (const [name, schema] of Object.entries(schemas)) {
  if (!schema.description) problems.push(`schema ${name} has no description`);
  for (const [property, value] of Object.entries(schema.properties ?? {})) {
    if (!value.description) problems.push(`${name}.${property} has no description`);
  }
}
const refs = JSON.stringify(document).match(/"\$ref":"#\/components\/schemas\/[^"]+"/g) ?? [];
for (const ref of new Set(refs)) {
  const target = ref.slice(ref.lastIndexOf("/") + 1, -1);
  if (!schemas[target]) problems.push(`${ref} points to no schema`);
}
let operations = 0;
for (const [path, item] of Object.entries(document.paths ?? {})) {
  if (!path.startsWith("/api/v1/")) problems.push(`${path} is outside /api/v1/`);
  for (const [method, operation] of Object.entries(item)) {
    operations++;
    const where = `${method.toUpperCase()} ${path}`;
    if (!operation.summary) problems.push(`${where} has no summary`);
    for (const parameter of operation.parameters ?? []) {
      if (!parameter.description) problems.push(`${where}: parameter ${parameter.name} has no description`);
    }
    const responses = operation.responses ?? {};
    const success = Object.entries(responses).find(([code]) => code.startsWith("2"));
    if (!success?.[1]?.content?.["application/json"]?.schema) problems.push(`${where}: no 2xx JSON schema`);
    const refusals = Object.entries(responses).filter(([code]) => code.startsWith("4"));
    if (refusals.length === 0) problems.push(`${where}: no 4xx response documented`);
    for (const [code, response] of refusals.filter(([code]) => code !== "401")) {
      if (!response.content?.["application/problem+json"]) problems.push(`${where}: ${code} is not a problem+json`);
    }
  }
}

if (problems.length > 0) {
  console.error(`check-openapi: ${problems.length} problem(s) in ${file}:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`check-openapi: OpenAPI ${validator.version} document valid, ${operations} operations, ${Object.keys(schemas).length} schemas, all described`);
