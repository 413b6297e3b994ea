import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VARIANT_OPTION } from "../types"

export const SET_OPTION_VALUES_STEP = "set-cooperative-product-option-values"

type Undo = { product_id: string; product_option_id: string; add: string[]; remove: string[] }

async function variantOption(container: MedusaContainer, productId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["options.id", "options.title", "options.values.id", "options.values.value"],
    filters: { id: productId },
  })
  const options = (data[0]?.options ?? []) as { id: string; title: string; values?: { id: string; value: string }[] }[]
  return options.find((o) => o?.title === VARIANT_OPTION)
}

/** Adds the variant option values a product edit needs (before the variants change) or drops the unused ones (after). */
export const setOptionValuesStep = createStep(
  SET_OPTION_VALUES_STEP,
  async (input: { product_id: string; values: string[] | null; phase: "add" | "trim" }, { container }) => {
    const option = input.values ? await variantOption(container, input.product_id) : undefined
    if (!option || !input.values) return new StepResponse<{ changed: number }, Undo>({ changed: 0 })
    const products = container.resolve(Modules.PRODUCT)
    const current = option.values ?? []
    const pair = { product_id: input.product_id, product_option_id: option.id }
    if (input.phase === "add") {
      const missing = input.values.filter((v) => !current.some((c) => c.value === v))
      if (!missing.length) return new StepResponse<{ changed: number }, Undo>({ changed: 0 })
      await products.updateProductOptionValuesOnProduct({ ...pair, add: missing.map((value) => ({ value })) })
      const added = ((await variantOption(container, input.product_id))?.values ?? []).filter((v) => missing.includes(v.value)).map((v) => v.id)
      return new StepResponse<{ changed: number }, Undo>({ changed: missing.length }, { ...pair, add: [], remove: added })
    }
    const unused = current.filter((c) => !input.values!.includes(c.value)).map((c) => c.id)
    if (!unused.length) return new StepResponse<{ changed: number }, Undo>({ changed: 0 })
    await products.updateProductOptionValuesOnProduct({ ...pair, remove: unused })
    return new StepResponse<{ changed: number }, Undo>({ changed: unused.length }, { ...pair, add: unused, remove: [] })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const { add, remove, ...pair } = undo
    await container.resolve(Modules.PRODUCT).updateProductOptionValuesOnProduct({ ...pair, add, remove })
  }
)
