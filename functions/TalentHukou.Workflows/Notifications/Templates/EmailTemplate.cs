using TalentHukou.Adapters.Email;

namespace TalentHukou.Workflows.Notifications.Templates;

/// <summary>
/// The text of one notice: a Chinese subject and body lines and one English line. <c>{Name}</c> is replaced by a
/// value; <c>{Name|A=text|B=text}</c> picks the text for the value <c>A</c> or <c>B</c>.
/// </summary>
internal sealed record EmailTemplate(string Subject, IReadOnlyList<string> Body, string English);
