using System.Globalization;
using System.Net;
using System.Text;

namespace TalentHukou.SmsGateway;

/// <summary>The inbox as one HTML page, newest first, refreshing itself.</summary>
public static class InboxPage
{
    public static string Render(IReadOnlyList<SentMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var rows = new StringBuilder();
        foreach (var m in messages)
        {
            rows.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{m.At.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss}</td><td>"
                + $"{WebUtility.HtmlEncode(m.To)}</td>"
                + $"<td>{WebUtility.HtmlEncode(m.Text)}</td><td>{(m.Delivered ? "已送达" : "未送达")}</td></tr>");
        }

        return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"refresh\" content=\"3\">"
            + "<title>本地短信网关 · SMS inbox</title><style>body{font-family:sans-serif}"
            + "td,th{padding:4px 8px;border-bottom:1px solid #ddd}"
            + "</style></head><body><h1>本地短信网关 (Tencent Cloud SMS API, development)</h1>"
            + $"<p>{messages.Count} message(s). JSON: <a href=\"/api/messages\">/api/messages</a></p>"
            + "<table><tr><th>时间 (UTC+8)</th><th>号码</th><th>内容</th><th>回执</th></tr>" + rows + "</table></body></html>";
    }
}
