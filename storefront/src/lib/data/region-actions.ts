"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import { moveCartToRegion } from "./cart"
import { setRegionIdCookie } from "./cookies"
import { listRegions } from "./regions"

const regionSchema = z.object({ regionId: z.string().trim().min(1).max(100) })

/**
 * The header's "ship to" switch: remembers the region (Việt Nam in đồng, International in US dollars) and moves the open
 * cart there, so prices, shipping and ways to pay follow. An unknown region changes nothing.
 */
export async function chooseRegionAction(form: FormData): Promise<void> {
  const parsed = regionSchema.safeParse({ regionId: form.get("regionId") })
  if (!parsed.success) return
  const region = (await listRegions()).find((r) => r.id === parsed.data.regionId)
  if (!region) return
  await setRegionIdCookie(region.id)
  try {
    await moveCartToRegion(region.id)
  } catch (error) {
    // The choice stands for the catalogue; the cart keeps its old prices until the shopper changes it.
    console.error("Could not move the cart to the chosen region", error)
  }
  revalidatePath("/", "layout")
}
