import type { TalentHukouClient } from "../../../typescript/src/index.js";
import { facts, h, show, when } from "../dom.js";
import { ticketCategoryLabel, ticketStatusLabel } from "../labels.js";
import { problemView } from "../problems.js";

/** /support/tickets/{ticketId}: the ticket and its replies, as the ticket e-mails link to. */
export async function ticketPage(client: TalentHukouClient, ticketId: string): Promise<void> {
  const { data, error, response } = await client.GET("/support/tickets/{ticketId}", {
    params: { path: { ticketId } },
  });
  if (data === undefined) return show(h("h2", {}, "技术支持工单"), problemView(error, response));
  const replies = data.replies ?? [];
  show(
    h("h2", {}, "技术支持工单 Ticket ", h("code", {}, data.ticketId)),
    h("p", {}, "状态 Status: ", h("span", { class: "stage", id: "ticketStatus", "data-status": data.status },
      ticketStatusLabel(data.status))),
    facts([
      ["问题类别", ticketCategoryLabel(data.category)],
      ["问题描述", data.description],
      ["联系人", data.name],
      ["提交时间", when(data.filedAt)],
      ["答复时限", when(data.dueBy)],
      ["答复时间", when(data.answeredAt)],
    ]),
    h("h3", {}, "答复 Replies"),
    replies.length === 0
      ? h("p", { class: "muted" }, "尚无答复。No reply yet.")
      : h("ul", { id: "replies" }, ...replies.map(r => h("li", {}, `${when(r.at) ?? ""} ${r.from}：${r.message}`))));
}
