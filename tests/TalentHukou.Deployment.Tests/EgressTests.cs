using System.Text.Json;

namespace TalentHukou.Deployment.Tests;

/// <summary>
/// With network isolation the app's outbound internet calls (the SMS vendor at sms.tencentcloudapi.com, ACS,
/// Application Insights, Entra ID) leave its integration subnet through a NAT gateway with a static public address.
/// </summary>
public class EgressTests
{
    [Fact]
    public void NetworkIsolation_AppSubnet_ReachesTheInternetThroughANatGatewayWithAStaticAddress()
    {
        var deployment = DeployedAppSettings.Production;
        Assert.Equal(true, deployment.Main.Modules().Single().Parameter("networkIsolation"));
        var network = DeployedAppSettings.Templates(deployment.Main)
            .Single(t => t.Resources().Any(r => r.Type == "Microsoft.Network/virtualNetworks"));
        var site = FlexConsumptionTests.FunctionAppJson().GetProperty("properties");
        Assert.Contains(
            "outputs.appSubnetId", site.GetProperty("virtualNetworkSubnetId").GetString(), StringComparison.Ordinal);

        var appSubnet = ((string)network.Output("appSubnetId")!).Split('/')[^1];
        var subnet = Resource(network, "Microsoft.Network/virtualNetworks")
            .GetProperty("properties").GetProperty("subnets").EnumerateArray()
            .Single(s => (string?)network.Evaluate(s.GetProperty("name")) == appSubnet)
            .GetProperty("properties");

        Assert.False(subnet.GetProperty("defaultOutboundAccess").GetBoolean());
        var natId = (string)network.Evaluate(subnet.GetProperty("natGateway").GetProperty("id"))!;
        var nat = network.Resources().Single(r => r.Type == "Microsoft.Network/natGateways");
        Assert.EndsWith($"/natGateways/{nat.Name}", natId, StringComparison.Ordinal);
        var ipId = (string)network.Evaluate(
            nat.Json.GetProperty("properties").GetProperty("publicIpAddresses")[0].GetProperty("id"))!;
        var ip = network.Resources().Single(r => r.Type == "Microsoft.Network/publicIPAddresses");
        Assert.EndsWith($"/publicIPAddresses/{ip.Name}", ipId, StringComparison.Ordinal);
        Assert.Equal("Static", ip.Json.GetProperty("properties").GetProperty("publicIPAllocationMethod").GetString());
    }

    private static JsonElement Resource(ArmTemplate template, string type) =>
        template.Resources().Single(r => r.Type == type).Json;
}
