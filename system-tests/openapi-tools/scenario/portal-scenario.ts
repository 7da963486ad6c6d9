// A portal's lifecycle through the TypeScript clients generated (typescript-fetch) from the three services' OpenAPI
// documents, compiled with tsc --strict, without a single cast (no-casts.mjs refuses `as`, `<T>`, `!` and `any`):
// regions registered and read with their ETag, a partnership proposed (retried while partnership-service does not
// know the regions yet, safely with an Idempotency-Key), its scoping note written with If-Match, put on hold and
// resumed, a stale If-Match answered 412 and read as a problem, its history read as typed entries, and a challenge
// raised on it in challenge-service. PortalScenarioIT runs it against the live services (environment below).
import {
  Configuration as RegionConfiguration,
  PriorityFamily,
  RegionsApi,
} from "../../target/generated-ts/region";
import {
  Configuration as PartnershipConfiguration,
  EvidenceApi,
  HistoryAction,
  PartnershipsApi,
  ResponseError as PartnershipResponseError,
  Stage,
  TransitionAction,
  TransitionsApi,
  ProblemFromJSON,
} from "../../target/generated-ts/partnership";
import {
  ChallengesApi,
  Configuration as ChallengeConfiguration,
  ResponseError as ChallengeResponseError,
  ScopeType,
  Severity,
} from "../../target/generated-ts/challenge";

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set`);
  }
  return value;
};

const admin = env("S3COOP_ADMIN_TOKEN");
const lead = env("S3COOP_LEAD_CODE");
const partner = env("S3COOP_PARTNER_CODE");
const regions = new RegionsApi(new RegionConfiguration({ basePath: env("S3COOP_REGION_URL"), accessToken: admin }));
const partnershipConfig = new PartnershipConfiguration({ basePath: env("S3COOP_PARTNERSHIP_URL"), accessToken: admin });
const partnerships = new PartnershipsApi(partnershipConfig);
const evidence = new EvidenceApi(partnershipConfig);
const transitions = new TransitionsApi(partnershipConfig);
const challenges = new ChallengesApi(new ChallengeConfiguration({ basePath: env("S3COOP_CHALLENGE_URL"),
  accessToken: admin }));

function check(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(`failed: ${what}`);
  }
}

/** Retries while the service answers 422 (it does not know what another service published yet). */
async function eventually<T>(call: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (let wait = 250; ; wait = Math.min(wait * 2, 2_000)) {
    try {
      return await call();
    } catch (e) {
      const unknownYet = (e instanceof PartnershipResponseError || e instanceof ChallengeResponseError)
        && e.response.status === 422;
      if (!unknownYet || Date.now() > deadline) {
        throw e;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

async function main(): Promise<void> {
  // ---- regions: register two, read one with its ETag
  for (const code of [lead, partner]) {
    const region = await regions.registerRegion({
      registerRegion: { code, priorities: [{ family: PriorityFamily.EconomicDomain, code: "C26" }] },
      idempotencyKey: crypto.randomUUID(),
    });
    check(region.code === code && region.version === 1, `region ${code} registered`);
  }
  const read = await regions.getRegionRaw({ code: lead });
  const region = await read.value();
  check(read.raw.headers.get("ETag") === `"${region.version}"`, "ETag is the region's version");
  check(region.officialName !== null && region.officialName.length > 0, "the official name is known");

  // ---- a partnership of the two, proposed once even when the request is sent twice
  const key = crypto.randomUUID();
  const propose = () => partnerships.proposePartnershipRaw({
    proposePartnership: {
      title: "Electronics supply chains",
      priority: { family: PriorityFamily.EconomicDomain, code: "C26" },
      leadRegion: lead,
      members: [{ regionCode: lead, role: "lead" }, { regionCode: partner, role: "partner" }],
    },
    idempotencyKey: key,
  });
  const proposed = await (await eventually(propose)).value();
  const again = await propose();
  check(again.raw.headers.get("Idempotency-Replayed") === "true", "the retry is the recorded answer");
  check((await again.value()).id === proposed.id, "the retry proposes nothing new");
  check(proposed.stage === Stage.Scoping && proposed.outcome === null, "SCOPING, no outcome yet");

  // ---- evidence with If-Match, then HOLD and RESUME
  let etag = (await partnerships.getPartnershipRaw({ id: proposed.id })).raw.headers.get("ETag") ?? "";
  const noted = await evidence.putScopingNoteRaw({
    id: proposed.id,
    ifMatch: etag,
    scopingNote: { objective: "Shorter supply chains for sensors", draftActionPlan: "1. map 2. pilot" },
  });
  const withNote = await noted.value();
  check(withNote.evidence.scopingNote !== null, "the scoping note is recorded");
  etag = noted.raw.headers.get("ETag") ?? "";
  const held = await transitions.transitionPartnershipRaw({ id: proposed.id, ifMatch: etag,
    transitionRequest: { action: TransitionAction.Hold, reason: "waiting for the regional budgets" } });
  const stale = etag;
  etag = held.raw.headers.get("ETag") ?? "";
  try {
    await transitions.transitionPartnership({ id: proposed.id, ifMatch: stale,
      transitionRequest: { action: TransitionAction.Resume } });
    check(false, "a stale If-Match is refused");
  } catch (e) {
    check(e instanceof PartnershipResponseError && e.response.status === 412, "412 on a stale If-Match");
    if (e instanceof PartnershipResponseError) {
      const problem = ProblemFromJSON(await e.response.json());
      check(problem.type === "https://s3coop.org/problems/stale-version", "the problem names its type");
    }
  }
  const resumed = await transitions.transitionPartnership({ id: proposed.id, ifMatch: etag,
    transitionRequest: { action: TransitionAction.Resume } });
  check(resumed.status === "ACTIVE", "ACTIVE again");
  const history = await partnerships.getHistory({ id: proposed.id });
  check(history.map((h) => h.action).join(",") === [HistoryAction.Propose, HistoryAction.Hold, HistoryAction.Resume]
    .join(","), "history: PROPOSE, HOLD, RESUME");
  check(history[0].from === null && history[0].outcome === null, "the proposal has no stage before it");

  // ---- a challenge on the partnership, once challenge-service knows it
  const challenge = await eventually(() => challenges.raiseChallenge({
    raiseChallenge: {
      cluster: "CAPACITY",
      title: "No staff time for the pilot",
      scope: { type: ScopeType.Partnership, ref: proposed.id },
      severity: Severity.Low,
    },
    idempotencyKey: crypto.randomUUID(),
  }));
  check(challenge.scope.ref === proposed.id, "the challenge is on the partnership");
  const page = await challenges.listChallenges({ partnership: proposed.id, page: 0, size: 20 });
  check(page.totalItems === 1 && page.items[0].id === challenge.id, "listed by partnership");
  console.log(`TypeScript portal scenario: partnership ${proposed.id}, challenge ${challenge.id}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
