// A front end's journey through the generated client, compiled with `tsc --strict` (no casts, no `any`) and run
// against a local host by ./test.sh (scripts/typescript-client.sh test; by hand: `journey`): sign in with a dev token,
// find the employer, school and major in the registries, see a 400's field errors, submit a smart application, follow
// its stage, e-sign the card and download it. BASE_URL is the API root (default http://localhost:7071/api).
import {
  createTalentHukouClient, unknownEnumValue,
  type ApplicationBody, type ApplicationStage, type ApplicationView, type TalentHukouClient,
} from "../src/index.js";
import { requestDevToken } from "../src/dev-token.js";

const baseUrl = process.env["BASE_URL"] ?? "http://localhost:7071/api";
// A request the document forbids (the 400 below) goes to the host itself: a validation proxy in front of BASE_URL
// would rightly report it as a violation.
const directUrl = process.env["DIRECT_URL"] ?? baseUrl;
const pollSeconds = Number(process.env["JOURNEY_POLL_SECONDS"] ?? "180");
let calls = 0;

// Counts and logs every call; the injected fetch is what a mini-program would pass instead of the global one.
const loggingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const request = input instanceof Request ? input : new Request(input, init);
  calls++;
  const path = new URL(request.url).pathname;
  console.log(`  ${String(calls).padStart(2)}. ${request.method.padEnd(6)} ${path} → ${response.status}`);
  return response;
};

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** What a front end shows for each stage; `default` answers stages added after this build. */
function describeStage(stage: ApplicationStage): string {
  switch (stage) {
    case "unit-review": return "单位审核中";
    case "hrss-review": return "人社部门审核中";
    case "publicity": return "公示中";
    case "objection-review": return "异议核查中";
    case "awaiting-card": return "待生成入户卡";
    case "card-issuing": return "入户卡签发中";
    case "card-issued": return "入户卡已签发";
    case "psb-synced": return "已推送公安";
    case "psb-reconciliation": return "公安核对中";
    case "rejected": return "不予通过";
    case "withdrawn": return "已撤回";
    case "returned": return "退回补正";
    case "closed": return "已办结";
    default: return `其他环节（${unknownEnumValue(stage)}）`;
  }
}

const finalStages: ReadonlySet<ApplicationStage> = new Set<ApplicationStage>(["rejected", "withdrawn", "closed"]);

async function pollApplication(
  client: TalentHukouClient, applicationId: string, done: (view: ApplicationView) => boolean, what: string,
): Promise<ApplicationView> {
  let last: ApplicationStage | undefined;
  for (let attempt = 0; attempt < pollSeconds * 2; attempt++) {
    const { data, error } = await client.GET("/applications/{applicationId}", { params: { path: { applicationId } } });
    check(data !== undefined, `GET /applications/${applicationId}: ${error?.title ?? "no body"}`);
    if (data.stage !== last) console.log(`     stage: ${data.stage} (${describeStage(data.stage)})`);
    last = data.stage;
    if (done(data)) return data;
    check(!finalStages.has(data.stage), `the application ended at ${data.stage} while waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the application did not reach ${what} within ${pollSeconds} s (last stage: ${last})`);
}

function idNumber(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(body17[i]), 0);
  return body17 + "10X98765432"[sum % 11];
}

async function main(): Promise<void> {
  const run = String(Date.now()).slice(-6);
  // One valid card per person: a birth date and sequence number of its own keep reruns on one host apart.
  const twoDigits = (n: number) => String(n).padStart(2, "0");
  const birth = `1998${twoDigits(1 + (Number(run) % 12))}${twoDigits(1 + (Number(run) % 28))}`;
  const applicantId = idNumber(`440106${birth}${run.slice(-3)}`);
  const name = "李晓东";
  const token = await requestDevToken(
    baseUrl, { sub: `ts-journey-${run}`, roles: ["applicant"], idNumber: applicantId }, loggingFetch);
  const client = createTalentHukouClient({ baseUrl, fetch: loggingFetch, token: () => token });

  console.log("1. The registries: employer, school and major");
  const employers = await client.GET("/registry/employers", { params: { query: { name: "广州地铁集团有限公司" } } });
  const employer = employers.data?.[0];
  check(employer !== undefined, `no employer found: ${employers.error?.title}`);
  const schools = await client.GET("/registry/schools", { params: { query: { name: "中山大学" } } });
  const school = schools.data?.[0];
  check(school !== undefined, `no school found: ${schools.error?.title}`);
  const majors = await client.GET("/registry/majors",
    { params: { query: { name: "计算机科学与技术", schoolId: school.schoolId } } });
  const major = majors.data?.[0];
  check(major !== undefined, `no major found: ${majors.error?.title}`);
  console.log(`     ${employer.name} (${employer.kind}, ${employer.districtName}); ${school.name} ${major.name}`);
  check(calls === 4, `the client sent ${calls - 1} of its 3 calls through the injected fetch`);

  const application: ApplicationBody = {
    applicant: { name, idNumber: applicantId, phone: "13800138000", email: `ts-journey-${run}@example.cn` },
    employerId: employer.employerId,
    education: {
      schoolId: school.schoolId, majorId: major.majorId, degree: "master",
      graduationDate: "2020-07-01", certificateNo: `10558120${run}`,
    },
    approvalMode: "smart",
  };

  console.log("2. A 400 names the fields to fix");
  const direct = createTalentHukouClient({ baseUrl: directUrl, fetch: loggingFetch, token: () => token });
  const bad = await direct.POST("/applications", {
    body: { ...application, applicant: { ...application.applicant, idNumber: "123", phone: "12", email: "not-mail" } },
  });
  check(bad.response.status === 400 && bad.error !== undefined, `expected 400, got ${bad.response.status}`);
  const fieldErrors = Object.entries(bad.error.errors ?? {});
  check(fieldErrors.length > 0, `the 400 (${bad.error.type}) names no field`);
  console.log(`     ${bad.error.title} (${bad.error.type})`);
  for (const [field, messages] of fieldErrors) console.log(`     ${field}: ${messages.join("; ")}`);
  check(fieldErrors.some(([field]) => field === "applicant.idNumber"), "the 400 does not name applicant.idNumber");

  console.log("3. Submit on the smart path (智能审批) and follow the stage");
  const accepted = await client.POST("/applications", { body: application });
  check(accepted.data !== undefined, `submission refused: ${accepted.error?.title} ${accepted.error?.detail}`);
  const applicationId = accepted.data.applicationId;
  console.log(`     ${applicationId} → ${accepted.data.route.office}, ${describeStage(accepted.data.stage)}`);
  await pollApplication(client, applicationId, (view) => view.stage === "awaiting-card", "awaiting-card");

  console.log("4. E-sign: the system generates, signs and issues the card");
  const signed = await client.POST("/applications/{applicationId}/card/generate",
    { params: { path: { applicationId } }, body: { consent: true, signedName: name } });
  check(signed.response.status === 202, `card generation: ${signed.response.status} ${signed.error?.title}`);
  const issued = await pollApplication(client, applicationId, (view) => view.card?.downloadable === true, "the card");
  console.log(`     card ${issued.card?.number} issued at ${issued.card?.issuedAt}`);

  console.log("5. Download the card");
  const card = await client.GET("/applications/{applicationId}/card",
    { params: { path: { applicationId } }, parseAs: "arrayBuffer" });
  check(card.data !== undefined, `card download: ${card.response.status} ${card.error?.title}`);
  const magic = new TextDecoder().decode(new Uint8Array(card.data, 0, 4));
  check(card.response.headers.get("Content-Type")?.startsWith("application/pdf") === true && magic === "%PDF",
    `the card is not a PDF (${card.response.headers.get("Content-Type")}, starts with ${JSON.stringify(magic)})`);
  console.log(`     ${card.data.byteLength} bytes of PDF`);
  console.log(`Done: ${calls} calls, all as expected.`);
}

main().catch((error: unknown) => {
  console.error(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
