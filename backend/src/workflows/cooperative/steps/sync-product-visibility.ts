import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const SYNC_PRODUCT_VISIBILITY_STEP = "sync-cooperative-product-visibility"

/** Sales channel of products that are kept but not on sale (their cooperative is not approved). */
export const HOLDING_CHANNEL_NAME = "Chưa mở bán"

/** The store's sales channel, where shoppers see products. */
export async function storeSalesChannelId(container: MedusaContainer): Promise<string> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "store", fields: ["default_sales_channel_id"] })
  return data[0].default_sales_channel_id as string
}

/**
 * The holding channel, created when missing. Besides parking products, it keeps the store at two channels or more:
 * with a single channel Medusa stops filtering store products by channel, and parked products would show.
 */
export async function holdingSalesChannelId(container: MedusaContainer): Promise<string> {
  const channels = container.resolve(Modules.SALES_CHANNEL)
  const [found] = await channels.listSalesChannels({ name: HOLDING_CHANNEL_NAME }, { take: 1 })
  if (found) return found.id
  const created = await channels.createSalesChannels({ name: HOLDING_CHANNEL_NAME, description: "Sản phẩm của hợp tác xã chưa được duyệt hoặc đang tạm ngừng" })
  return created.id
}

type Move = { product_ids: string[]; from: string; to: string }

const links = (productIds: string[], channel: string) =>
  productIds.map((product_id) => ({ [Modules.PRODUCT]: { product_id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channel } }))

async function move(container: MedusaContainer, { product_ids, from, to }: Move) {
  if (!product_ids.length) return
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.dismiss(links(product_ids, from))
  await link.create(links(product_ids, to))
}

/** Puts a cooperative's products in the store's channel while it is approved and in the holding channel otherwise. */
export const syncProductVisibilityStep = createStep(
  SYNC_PRODUCT_VISIBILITY_STEP,
  async (input: { cooperative_id: string; visible: boolean }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [storeChannel, holdingChannel] = [await storeSalesChannelId(container), await holdingSalesChannelId(container)]
    const { data } = await query.graph({ entity: "cooperative", fields: ["products.id", "products.sales_channels.id"], filters: { id: input.cooperative_id } })
    const products = ((data[0]?.products ?? []) as ({ id: string; sales_channels?: ({ id: string } | null)[] | null } | null)[]).flatMap((p) => (p ? [p] : []))
    const [from, to] = input.visible ? [holdingChannel, storeChannel] : [storeChannel, holdingChannel]
    const product_ids = products.filter((p) => !(p.sales_channels ?? []).some((c) => c?.id === to)).map((p) => p.id)
    const change: Move = { product_ids, from, to }
    await move(container, change)
    return new StepResponse(change, change)
  },
  async (change, { container }) => {
    if (!change) return
    await move(container, { product_ids: change.product_ids, from: change.to, to: change.from })
  }
)
