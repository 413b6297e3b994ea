import type { PriceListStatus } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../../modules/fair"

/** Id of the step that keeps a fair's sale price list in line with its approved booths. */
export const syncFairPriceListStepId = "sync-fair-price-list"

type FairRow = {
  id: string
  slug: string
  name_vi: string
  status: string
  starts_at: string | Date
  ends_at: string | Date
  price_list?: { id: string } | null
}
type BoothRow = { products?: ({ fair_price: number | string; product_variant?: { price_set?: { id: string } | null } | null } | null)[] | null }
type Price = { price_set_id: string; amount: number; currency_code: string }
type Snapshot = { price_list_id: string; status: PriceListStatus; starts_at: string | null; ends_at: string | null; prices: Price[] } | { created: string; fair_id: string }

const iso = (d: string | Date) => new Date(d).toISOString()

/**
 * Makes the fair's sale price list say what its approved booths offer: their featured variants at fair prices, valid
 * from the fair's start to its end (Medusa's pricing applies a price list only between those instants), active while
 * the fair is open or published, a draft otherwise. The list is created (and linked) when first needed. Undone by
 * putting the list back as it was, or removing the one it created.
 */
export const syncFairPriceListStep = createStep(
  syncFairPriceListStepId,
  async ({ fair_id }: { fair_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const pricing = container.resolve(Modules.PRICING)
    const { data: fairs } = await query.graph({ entity: "fair", fields: ["id", "slug", "name_vi", "status", "starts_at", "ends_at", "price_list.id"], filters: { id: fair_id } })
    const fair = fairs[0] as unknown as FairRow
    const { data: booths } = await query.graph({
      entity: "booth",
      fields: ["products.fair_price", "products.product_variant.price_set.id"],
      filters: { fair_id, status: "approved" },
    })
    const prices: Price[] = (booths as unknown as BoothRow[]).flatMap((b) =>
      (b.products ?? []).flatMap((p) => (p?.product_variant?.price_set?.id ? [{ price_set_id: p.product_variant.price_set.id, amount: Number(p.fair_price), currency_code: "vnd" }] : []))
    )
    const status: PriceListStatus = (fair.status === "open" || fair.status === "published") && prices.length ? "active" : "draft"
    const listId = fair.price_list?.id
    if (!listId) {
      if (!prices.length) return new StepResponse(null, null as Snapshot | null)
      const [list] = await pricing.createPriceLists([
        { title: `Hội chợ: ${fair.name_vi}`, description: `Giá hội chợ ${fair.slug}`, type: "sale", status, starts_at: iso(fair.starts_at), ends_at: iso(fair.ends_at), prices },
      ])
      await container.resolve(ContainerRegistrationKeys.LINK).create({ [FAIR_MODULE]: { fair_id }, [Modules.PRICING]: { price_list_id: list!.id } })
      return new StepResponse(list!.id, { created: list!.id, fair_id } as Snapshot)
    }
    const [before] = await pricing.listPriceLists({ id: [listId] }, { select: ["id", "status", "starts_at", "ends_at"] })
    const old = await pricing.listPrices({ price_list_id: [listId] }, { select: ["id", "price_set_id", "amount", "currency_code"] })
    await pricing.updatePriceLists([{ id: listId, status, starts_at: iso(fair.starts_at), ends_at: iso(fair.ends_at) }])
    if (old.length) await pricing.removePrices(old.map((p) => p.id))
    if (prices.length) await pricing.addPriceListPrices([{ price_list_id: listId, prices }])
    return new StepResponse(listId, {
      price_list_id: listId,
      status: before!.status,
      starts_at: before!.starts_at ?? null,
      ends_at: before!.ends_at ?? null,
      prices: old.map((p) => ({ price_set_id: p.price_set_id!, amount: Number(p.amount), currency_code: p.currency_code! })),
    } as Snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const pricing = container.resolve(Modules.PRICING)
    if ("created" in snapshot) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({ [FAIR_MODULE]: { fair_id: snapshot.fair_id }, [Modules.PRICING]: { price_list_id: snapshot.created } })
      await pricing.softDeletePriceLists([snapshot.created])
      return
    }
    const current = await pricing.listPrices({ price_list_id: [snapshot.price_list_id] }, { select: ["id"] })
    if (current.length) await pricing.removePrices(current.map((p) => p.id))
    if (snapshot.prices.length) await pricing.addPriceListPrices([{ price_list_id: snapshot.price_list_id, prices: snapshot.prices }])
    await pricing.updatePriceLists([{ id: snapshot.price_list_id, status: snapshot.status, starts_at: snapshot.starts_at, ends_at: snapshot.ends_at }])
  }
)
