import type { TalentHukouClient } from "../../../typescript/src/index.js";
import { facts, h, show, when } from "../dom.js";
import { registryStatusLabel, registryTypeLabel } from "../labels.js";
import { problemView } from "../problems.js";

/** /registry/requests/{requestId}: a registry request's decision, as the approved/rejected e-mails link to. */
export async function registryRequestPage(client: TalentHukouClient, requestId: string): Promise<void> {
  const { data, error, response } = await client.GET("/registry/requests/{requestId}", {
    params: { path: { requestId } },
  });
  if (data === undefined) return show(h("h2", {}, "信息维护申请"), problemView(error, response));
  show(
    h("h2", {}, "信息维护申请 Registry request ", h("code", {}, data.requestId)),
    h("p", {}, "状态 Status: ", h("span", { class: "stage", id: "requestStatus", "data-status": data.status },
      registryStatusLabel(data.status))),
    facts([
      ["申请类型", registryTypeLabel(data.type)],
      ["申请对象", data.subject],
      ["提交时间", when(data.filedAt)],
      ["审批时限", when(data.dueBy)],
      ["审批时间", when(data.decidedAt)],
      ["审批意见", data.reason],
    ]));
}
