import { NextResponse } from "next/server"
import { hasSellerSession } from "@/lib/data/seller/context"
import { uploadSellerDocument } from "@/lib/data/seller/documents"
import { failure } from "@/lib/data/seller/mappers/action-error"

// A scanned certificate can reach 10–15 MB, more than a server action accepts, so the form posts it here.
export async function POST(request: Request) {
  const noStore = { headers: { "cache-control": "no-store" } }
  if (!(await hasSellerSession())) return NextResponse.json(failure("not_allowed"), { ...noStore, status: 401 })
  const form = await request.formData().catch(() => null)
  if (!form) return NextResponse.json(failure("invalid_input"), { ...noStore, status: 400 })
  const result = await uploadSellerDocument(form)
  return NextResponse.json(result, { ...noStore, status: result.error ? 400 : 201 })
}
