namespace TalentHukou.Adapters.Cards;

/// <summary>
/// A signed card payload: ECDSA P-256 / SHA-256 over the payload's canonical bytes,
/// in IEEE P1363 form (r || s), base64url-encoded in <see cref="Value"/>.
/// </summary>
public sealed record CardSignature(CardSignaturePayload Payload, string KeyId, string Value);
