import type {
  ApplicantCorrectionBody, CorrectableField, CorrectionBody, Degree, EducationCorrectionBody, ReturnItem,
  TalentHukouClient,
} from "../../../typescript/src/index.js";
import { facts, h, show, when } from "../dom.js";
import { correctableFieldLabel, materialLabel } from "../labels.js";
import { problemView } from "../problems.js";
import { stageBadge } from "./status.js";

const degrees: readonly Degree[] = ["associate", "bachelor", "master", "doctorate"];

/**
 * /applications/{applicationId}/correction: what the reviewer returned (退回补正) and a form for the returned fields.
 * New materials go up as multipart (POST the same route with files); this example sends the JSON form only.
 */
export async function correctionPage(client: TalentHukouClient, applicationId: string): Promise<void> {
  const { data, error, response } = await client.GET("/applications/{applicationId}", {
    params: { path: { applicationId } },
  });
  if (data === undefined) return show(h("h2", {}, "退回补正"), problemView(error, response));
  const returned = data.return;
  if (data.stage !== "returned" || returned === null || returned === undefined)
    return show(h("h2", {}, "退回补正 Correction"), stageBadge(data),
      h("p", {}, "该申请当前无需补正。Nothing to correct at this stage."));
  const inputs = new Map<CorrectableField, HTMLInputElement | HTMLSelectElement>();
  const outcome = h("div", { id: "correctionOutcome" });
  const form = h("form", { id: "correction" }, ...returned.items.map(item => itemRow(item, inputs)),
    h("button", { type: "submit" }, "提交补正 Submit the correction"));
  form.addEventListener("submit", event => {
    event.preventDefault();
    void submit(client, applicationId, correctionBody(inputs), outcome);
  });
  show(
    h("h2", {}, "退回补正 Correction ", h("code", {}, data.applicationId)),
    stageBadge(data),
    facts([["退回时间", when(returned.returnedAt)], ["补正截止", when(returned.correctionDueBy)]]),
    form,
    outcome);
}

function itemRow(item: ReturnItem, inputs: Map<CorrectableField, HTMLInputElement | HTMLSelectElement>): HTMLElement {
  if (item.field === null || item.field === undefined) {
    const material = item.material ? materialLabel(item.material) : "材料";
    return h("p", {}, `${material}：${item.note}（请通过接口以 multipart 上传新材料 upload with the API's multipart form）`);
  }
  const input = item.field === "education.degree"
    ? h("select", { name: item.field }, ...degrees.map(d => h("option", { value: d }, d)))
    : h("input", { name: item.field, type: item.field === "education.graduationDate" ? "date" : "text" });
  inputs.set(item.field, input);
  return h("label", {}, `${correctableFieldLabel(item.field)}（${item.note}） `, input);
}

function correctionBody(inputs: Map<CorrectableField, HTMLInputElement | HTMLSelectElement>): CorrectionBody {
  const value = (field: CorrectableField) => inputs.get(field)?.value.trim() || undefined;
  const name = value("applicant.name");
  const phone = value("applicant.phone");
  const schoolId = value("education.schoolId");
  const majorId = value("education.majorId");
  const degree = degrees.find(d => d === value("education.degree"));
  const graduationDate = value("education.graduationDate");
  const certificateNo = value("education.certificateNo");
  const applicant: ApplicantCorrectionBody = { ...(name ? { name } : {}), ...(phone ? { phone } : {}) };
  const education: EducationCorrectionBody = {
    ...(schoolId ? { schoolId } : {}), ...(majorId ? { majorId } : {}), ...(degree ? { degree } : {}),
    ...(graduationDate ? { graduationDate } : {}), ...(certificateNo ? { certificateNo } : {}),
  };
  return {
    ...(Object.keys(applicant).length > 0 ? { applicant } : {}),
    ...(Object.keys(education).length > 0 ? { education } : {}),
  };
}

async function submit(client: TalentHukouClient, applicationId: string, body: CorrectionBody, outcome: HTMLElement) {
  const { error, response } = await client.POST("/applications/{applicationId}/correction", {
    params: { path: { applicationId }, header: { "Idempotency-Key": crypto.randomUUID() } },
    body,
  });
  if (!response.ok) return outcome.replaceChildren(problemView(error, response));
  outcome.replaceChildren(h("p", { class: "done" }, "补正已提交，申请回到审核。Submitted: the application is back in review. ",
    h("a", { href: `/applications/${encodeURIComponent(applicationId)}` }, "查看进度 Timeline")));
}
