// Development only: the local host (ASPNETCORE_ENVIRONMENT=Development) mints tokens signed with its dev key at
// POST /api/dev/token. It is not part of the API contract (openapi.json) and answers 404 anywhere else.

export interface DevTokenClaims {
  sub: string;
  roles: string[];
  /** The verified ID number the identity platform would carry; an applicant's submissions must match it. */
  idNumber?: string;
  /** Employer id, for unit-admin tokens. */
  unit?: string;
  /** HRSS office (district) of reviewer tokens. */
  hrss?: string;
  hours?: number;
}

export async function requestDevToken(
  baseUrl: string, claims: DevTokenClaims, fetchImpl: typeof fetch = fetch): Promise<string> {
  const response = await fetchImpl(`${baseUrl}/dev/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(claims),
  });
  const body: unknown = await response.json();
  if (!response.ok || typeof body !== "object" || body === null || !("token" in body) || typeof body.token !== "string")
    throw new Error(`POST /dev/token answered ${response.status}: ${JSON.stringify(body)}`);
  return body.token;
}
