namespace TalentHukou.Workflows.Cases;

/// <summary>
/// What each ops control does to a case, in the words an operator reads before confirming it (the rules are
/// <see cref="OpsInstanceControl"/>'s; these sentences say what its accepted outcomes do).
/// </summary>
public static class CaseControlEffects
{
    public static string Of(string action, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        var (kind, _) = CaseKinds.Of(instanceId) ?? ("", "");
        var process = kind switch
        {
            CaseKinds.Application => "此申请的流程",
            CaseKinds.Card => $"此发卡流程（{instanceId}）",
            CaseKinds.Registry => "此登记申请的流程",
            CaseKinds.Ticket => "此工单的流程",
            _ => "此实例",
        };
        return action switch
        {
            "restart" => $"重启{process}：从已保存的记录在当前阶段继续，已完成的步骤不会重做",
            "terminate" when kind == CaseKinds.Application =>
                $"终止{process}：申请将以 closed-by-ops 结案，释放申请锁，并通知申请人",
            "terminate" => $"终止{process}：记录不变，案件仍未办结（之后可用“修复”重新接上流程）",
            "suspend" => $"暂停{process}：恢复前不再推进，期间收到的事件留待恢复后处理；记录不变",
            "resume" => $"恢复{process}：从暂停处继续，并处理暂停期间收到的事件",
            "purge" => $"清除{process}的历史：已办结的记录不变，只删除流程历史，不可撤销",
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not an ops control."),
        };
    }

    /// <param name="runtimeStatus">The stranded process's state: <c>Missing</c>, <c>Terminated</c> or
    /// <c>Failed</c>.</param>
    public static string Repair(string runtimeStatus) =>
        $"修复此案件：流程已{(runtimeStatus == StrandedCase.Missing ? "丢失" : runtimeStatus == "Failed" ? "失败" : "终止")}，"
        + "重新接上一个从已保存记录继续的流程；记录不变";
}
