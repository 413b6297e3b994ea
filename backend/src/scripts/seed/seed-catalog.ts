import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { demoApplicants } from "../demo-data/applicants"
import { demoCategories } from "../demo-data/categories"
import { demoCooperatives } from "../demo-data/cooperatives"
import { renderProductImage } from "../demo-data/product-image"
import type { DemoArt } from "../demo-data/types"
import { createDemoCategories, createDemoCooperatives } from "./seed-directory"
import { cooperativeLogistics } from "./seed-logistics"
import { createCatalogProducts, type ProductSeed } from "./seed-products"
import type { StoreSetup } from "./seed-store"

const BATCH = 25

/** Categories, cooperatives (approved and applicants) with their logistics, and products with generated images; returns approved cooperative ids by handle. */
export async function seedCatalog(container: MedusaContainer, setup: StoreSetup) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const categories = await createDemoCategories(container)
  const categoryByHandle = new Map(categories.map((c) => [c.handle, c]))
  const artByCategory = new Map(demoCategories.map((c) => [c.handle, c.art]))
  logger.info(`[seed] ${categories.length} categories`)

  const created = await createDemoCooperatives(container, demoCooperatives)
  const applicants = await createDemoCooperatives(container, demoApplicants, "pending")
  const cooperativeIds = Object.fromEntries(created.map((c) => [c.handle, c.id]))
  logger.info(`[seed] ${created.length} cooperatives`)
  // Applicants get their location and shipping options too, so approving one is all it takes to start selling.
  await cooperativeLogistics(container, [...created, ...applicants].map((c) => c.id))
  logger.info(`[seed] stock location, shipping profile and shipping options for ${created.length + applicants.length} cooperatives`)

  const seeds: ProductSeed[] = []
  for (const coop of demoCooperatives) {
    for (const product of coop.products) {
      const category = categoryByHandle.get(product.category)
      if (!category) throw new Error(`Product ${product.handle} names unknown category ${product.category}`)
      const art = artByCategory.get(product.category) as DemoArt
      const imageUrls = await uploadImages(container, product.handle, art)
      seeds.push({ product, cooperativeId: cooperativeIds[coop.handle], categoryId: category.id, imageUrls })
    }
  }
  logger.info(`[seed] ${seeds.length * 2} product images generated`)

  for (let i = 0; i < seeds.length; i += BATCH) {
    await createCatalogProducts(container, setup, seeds.slice(i, i + BATCH))
    logger.info(`[seed] products ${Math.min(i + BATCH, seeds.length)}/${seeds.length}`)
  }
  return cooperativeIds
}

/** Two gallery pictures per product, drawn locally and stored through the file module. */
async function uploadImages(container: MedusaContainer, handle: string, art: DemoArt) {
  const files = container.resolve(Modules.FILE)
  const urls: string[] = []
  for (const variant of ["a", "b"]) {
    const image = await renderProductImage({ art, seed: `${handle}-${variant}`, width: 900, height: 900 })
    const file = await files.createFiles({ filename: `${handle}-${variant}.webp`, mimeType: "image/webp", content: image.toString("base64"), access: "public" })
    urls.push(file.url)
  }
  return urls
}
