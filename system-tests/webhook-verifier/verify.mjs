// Reads deliveries as JSON lines on stdin: {"secret": "whsec_...", "headers": {...}, "body": "...", "at": <epoch s>}
// and writes one JSON line per delivery: {"ok": true} or {"ok": false, "error": "..."}.
// The Webhook class of the standardwebhooks package does the verification (headers, timestamp, signature).
import { createInterface } from "node:readline";
import { Webhook } from "standardwebhooks";

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) continue;
  const d = JSON.parse(line);
  try {
    const realNow = Date.now;
    Date.now = () => d.at * 1000; // verify as of the moment the delivery arrived
    try {
      new Webhook(d.secret).verify(d.body, d.headers);
    } finally {
      Date.now = realNow;
    }
    console.log(JSON.stringify({ ok: true }));
  } catch (e) {
    console.log(JSON.stringify({ ok: false, error: String(e && e.message ? e.message : e) }));
  }
}
