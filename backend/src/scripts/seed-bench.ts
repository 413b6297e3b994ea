import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type CooperativeModuleService from "../modules/cooperative/service"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import { demoCategories } from "./demo-data/categories"
import { demoCooperatives } from "./demo-data/cooperatives"
import { renderProductImage } from "./demo-data/product-image"
import { benchProducts } from "./seed/bench-products"
import { createDemoCategories, createDemoCooperatives } from "./seed/seed-directory"
import { cooperativeLogistics } from "./seed/seed-logistics"
import { createCatalogProducts, type ProductSeed } from "./seed/seed-products"
import { seedStore } from "./seed/seed-store"

const BATCH = 200

/**
 * A catalogue of a given size for benchmarks: `medusa exec ./src/scripts/seed-bench.ts 10000`.
 * Products are variations of the demo catalogue spread over its cooperatives; one picture per category.
 */
export default async function seedBench({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const size = Number(args[0] ?? 10000)
  if (!Number.isInteger(size) || size < 1 || size > 1_000_000) throw new Error(`The size must be a whole number from 1 to 1000000, not "${args[0]}".`)
  const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [, existing] = await cooperatives.listAndCountCooperatives({}, { take: 1 })
  if (existing > 0) {
    logger.info("[seed] this database already holds a catalogue; use a fresh database for another size")
    return
  }

  const setup = await seedStore(container)
  const categories = await createDemoCategories(container)
  const created = await createDemoCooperatives(container, demoCooperatives)
  // Set up before the clock starts, so the rate below measures products only.
  await cooperativeLogistics(container, created.map((c) => c.id))
  const files = container.resolve(Modules.FILE)
  const imageByCategory = new Map<string, string>()
  for (const c of demoCategories) {
    const image = await renderProductImage({ art: c.art, seed: c.handle, width: 600, height: 600 })
    const file = await files.createFiles({ filename: `bench-${c.handle}.webp`, mimeType: "image/webp", content: image.toString("base64"), access: "public" })
    imageByCategory.set(c.handle, file.url)
  }

  const categoryId = new Map(categories.map((c) => [c.handle, c.id]))
  const coopId = new Map(created.map((c) => [c.handle, c.id]))
  const started = Date.now()
  for (let offset = 0; offset < size; offset += BATCH) {
    const seeds: ProductSeed[] = benchProducts(offset, Math.min(BATCH, size - offset)).map(({ product, cooperativeHandle }) => ({
      product,
      cooperativeId: coopId.get(cooperativeHandle)!,
      categoryId: categoryId.get(product.category)!,
      imageUrls: [imageByCategory.get(product.category)!],
    }))
    await createCatalogProducts(container, setup, seeds)
    const done = Math.min(offset + BATCH, size)
    const rate = done / ((Date.now() - started) / 1000)
    logger.info(`[seed] products ${done}/${size} (${rate.toFixed(0)}/s)`)
  }
}
