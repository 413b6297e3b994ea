import { z } from "zod"
import type { CommuneList } from "@/lib/data/commune-views"
import { communesOf } from "@/lib/util/communes"
import { isProvince } from "@/lib/util/provinces"

// One province's communes, wards and special zones for the address forms: `?province=Tuyên Quang` → about 100 names.
export const dynamic = "force-dynamic"

// The list changes only with a law and a new package version, so browsers and proxies may keep it for a day.
const HEADERS = { "cache-control": "public, max-age=86400" }

const querySchema = z.object({
  province: z
    .string()
    .transform((value) => value.normalize("NFC").trim())
    .refine(isProvince, { error: "Give one of the 34 provinces, such as ?province=Tuyên Quang." }),
})

export function GET(request: Request) {
  const parsed = querySchema.safeParse({ province: new URL(request.url).searchParams.get("province") ?? "" })
  if (!parsed.success) {
    return Response.json({ type: "invalid_data", message: parsed.error.issues[0]?.message ?? "Give a province." }, { status: 400 })
  }
  const body: CommuneList = { province: parsed.data.province, communes: [...communesOf(parsed.data.province)] }
  return Response.json(body, { headers: HEADERS })
}
