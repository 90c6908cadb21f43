import type { TalentHukouClient } from "../../../typescript/src/index.js";
import { facts, h, show, when } from "../dom.js";
import { problemView } from "../problems.js";
import { stageBadge } from "./status.js";

/** /applications/{applicationId}/card: the card download the 出卡通知 links to. */
export async function cardPage(client: TalentHukouClient, applicationId: string): Promise<void> {
  const { data, error, response } = await client.GET("/applications/{applicationId}", {
    params: { path: { applicationId } },
  });
  if (data === undefined) return show(h("h2", {}, "入户卡下载"), problemView(error, response));
  const card = data.card;
  const status = h("div", { id: "downloadStatus" });
  const button = h("button", { id: "downloadCard", type: "button" }, "下载入户卡（PDF） Download the card");
  button.addEventListener("click", () => void download(client, applicationId, card?.number ?? applicationId, status));
  show(
    h("h2", {}, "入户卡下载 Card ", h("code", {}, data.applicationId)),
    stageBadge(data),
    card === null
      ? h("p", {}, "入户卡尚未签发。The card has not been issued yet.")
      : facts([["卡号 Card number", card.number], ["签发时间 Issued", when(card.issuedAt)]]),
    card?.downloadable ? button : null,
    status,
    h("p", {}, h("a", { href: `/applications/${encodeURIComponent(applicationId)}` }, "查看办理进度 Timeline")));
}

async function download(client: TalentHukouClient, applicationId: string, cardNumber: string, status: HTMLElement) {
  status.replaceChildren("下载中… Downloading…");
  const { data, error, response } = await client.GET("/applications/{applicationId}/card", {
    params: { path: { applicationId } },
    parseAs: "blob",
  });
  if (data === undefined) return status.replaceChildren(problemView(error, response));
  const url = URL.createObjectURL(data);
  const link = h("a", { href: url, download: `${cardNumber}.pdf` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  status.replaceChildren(h("p", { class: "done" }, `已下载 Downloaded ${cardNumber}.pdf (${data.size} bytes)`));
}
