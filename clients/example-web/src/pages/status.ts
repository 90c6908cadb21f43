import type { ApplicationView, TalentHukouClient } from "../../../typescript/src/index.js";
import { facts, h, show, when } from "../dom.js";
import { stageLabel } from "../labels.js";
import { problemView } from "../problems.js";

/** /applications/{applicationId}: the stage and the timeline (进度查询), as every applicant e-mail links to. */
export async function statusPage(client: TalentHukouClient, applicationId: string): Promise<void> {
  const { data, error, response } = await client.GET("/applications/{applicationId}", {
    params: { path: { applicationId } },
  });
  if (data === undefined) return show(h("h2", {}, "申请进度"), problemView(error, response));
  show(
    h("h2", {}, "申请进度 Application ", h("code", {}, data.applicationId)),
    stageBadge(data),
    facts([
      ["申请人", data.applicant.name],
      ["引进单位", data.employer.name],
      ["审核部门", data.route.office],
      ["提交时间", when(data.submittedAt)],
      ["办理时限", when(data.dueBy)],
      ["补正截止", when(data.correctionDueBy)],
      ["说明", data.reason],
    ]),
    nextSteps(data),
    h("h3", {}, "办理进度 Timeline"),
    timeline(data));
}

export function stageBadge(application: ApplicationView): HTMLElement {
  return h("p", {}, "当前阶段 Stage: ",
    h("span", { class: "stage", id: "stage", "data-stage": application.stage }, stageLabel(application.stage)));
}

function nextSteps(application: ApplicationView): HTMLElement | null {
  const base = `/applications/${encodeURIComponent(application.applicationId)}`;
  if (application.card?.downloadable) return h("p", {}, h("a", { href: `${base}/card` }, "下载入户卡 Download the card"));
  if (application.stage === "returned") return h("p", {}, h("a", { href: `${base}/correction` }, "补正材料 Correct it"));
  return null;
}

function timeline(application: ApplicationView): HTMLElement {
  const rows = application.timeline.map(step => h("tr", {},
    h("td", {}, when(step.at) ?? ""),
    h("td", {}, step.event),
    h("td", {}, step.stage ? stageLabel(step.stage) : ""),
    h("td", {}, step.note ?? "")));
  return h("table", { id: "timeline" },
    h("thead", {}, h("tr", {}, h("th", {}, "时间"), h("th", {}, "事件"), h("th", {}, "阶段"), h("th", {}, "说明"))),
    h("tbody", {}, ...rows));
}
