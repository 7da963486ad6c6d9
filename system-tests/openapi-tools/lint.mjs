// Lints the three services' generated OpenAPI documents (target/openapi/openapi.yaml, written by their build) with
// Redocly's `recommended` rules and Spectral's `spectral:oas` ruleset: any error or warning fails.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const services = ["region-service", "partnership-service", "challenge-service"];
const bin = (name) => join(here, "node_modules", ".bin", name);
let failed = false;
for (const service of services) {
  const document = join(root, service, "target", "openapi", "openapi.yaml");
  if (!existsSync(document)) {
    console.error(`${document} is missing: build ${service} first`);
    process.exit(2);
  }
  const redocly = spawnSync(bin("redocly"), ["lint", document, "--config", join(here, "redocly.yaml"),
    "--format", "stylish", "--max-problems", "200"], { encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } });
  const redoclyOut = (redocly.stdout + redocly.stderr);
  const both = /(\d+) errors? and (\d+) warnings?/.exec(redoclyOut);
  const warningsOnly = /You have (\d+) warnings?/.exec(redoclyOut);
  const counts = both ?? (warningsOnly ? [null, "0", warningsOnly[1]] : (redocly.status === 0 ? [null, "0", "0"] : null));
  const spectral = spawnSync(bin("spectral"), ["lint", document, "--ruleset", join(here, ".spectral.yaml"),
    "--fail-severity", "warn", "--format", "text"], { encoding: "utf8" });
  const spectralLines = spectral.stdout.split("\n").filter((l) => /\s(error|warning)\s/.test(l));
  const spectralErrors = spectralLines.filter((l) => /\serror\s/.test(l)).length;
  const spectralWarnings = spectralLines.length - spectralErrors;
  const redoclyErrors = counts ? Number(counts[1]) : NaN;
  const redoclyWarnings = counts ? Number(counts[2]) : NaN;
  console.log(`${service}: Redocly recommended ${redoclyErrors} errors, ${redoclyWarnings} warnings; `
    + `Spectral spectral:oas ${spectralErrors} errors, ${spectralWarnings} warnings`);
  if (redocly.status !== 0 || spectral.status !== 0 || !(redoclyErrors === 0 && redoclyWarnings === 0)
      || spectralLines.length > 0) {
    failed = true;
    console.log(redoclyOut.split("\n").filter((l) => /error|warning|^\s*\d+:\d+/.test(l)).join("\n"));
    console.log(spectralLines.join("\n"));
  }
}
process.exit(failed ? 1 : 0);
