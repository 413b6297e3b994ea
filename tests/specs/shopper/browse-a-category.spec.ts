import { expect, type Page, test } from "@playwright/test"
import { CartPage } from "../../fixtures/cart-page"
import { CategoryPage } from "../../fixtures/category-page"
import { HomePage } from "../../fixtures/home-page"
import { ProductPage } from "../../fixtures/product-page"

// Whole đồng from a label as shown ("125.000 ₫", "từ 30.000 ₫").
const dong = (text: string | null) => Number((text ?? "").replace(/[^\d]/g, ""))

/** Adds one unit of the product behind a card, choosing an in-stock variant; false when it cannot be bought. */
async function addFromProductPage(page: Page, href: string): Promise<boolean> {
  const product = new ProductPage(page)
  await page.goto(href)
  await expect(product.title).toBeVisible()
  const inStock = product.variantOptions.filter({ hasNot: page.locator("[disabled]") })
  if ((await product.variantOptions.count()) > 1 && (await inStock.count()) > 0) await inStock.first().click()
  if (!(await product.addToCart.isEnabled())) return false
  await product.addToCart.click()
  await expect(product.addStatus).toBeVisible()
  return true
}

test.describe("a shopper browses a category and a collection", () => {
  test("sorts a category by price, narrows it to one cooperative and a price range", async ({ page }) => {
    const home = new HomePage(page)
    await home.goto("/")
    await home.categoryLinks.first().click()
    await expect(page).toHaveURL(/\/categories\//)
    const category = new CategoryPage(page)
    await expect(category.cards.first()).toBeVisible()

    await category.sortBy("price_asc")
    const ascending = await category.prices()
    expect(ascending.length).toBeGreaterThan(1)
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b))

    const coop = category.cooperativeOptions.first()
    const handle = (await coop.getAttribute("value")) ?? ""
    await coop.check()
    await category.apply.click()
    await expect(page).toHaveURL(new RegExp(`[?&]cooperative=${handle}(&|$)`))
    await expect(page).toHaveURL(/[?&]sort=price_asc(&|$)/)
    await expect(category.cards.first()).toBeVisible()
    expect(new Set(await category.cardCooperatives())).toEqual(new Set([handle]))

    // A range that holds the cooperative's cheapest product but not necessarily its dearest.
    const ofCoop = await category.prices()
    const [low, high] = [ofCoop[0]!, ofCoop[Math.max(0, ofCoop.length - 2)]!]
    await category.priceMin.fill(String(low))
    await category.priceMax.fill(String(high))
    await category.apply.click()
    await expect(page).toHaveURL(/[?&]price_min=\d+/)
    await expect(category.cards.first()).toBeVisible()
    const narrowed = await category.prices()
    expect(narrowed.every((price) => price >= low && price <= high)).toBe(true)
    expect(new Set(await category.cardCooperatives())).toEqual(new Set([handle]))
    await expect(category.chips).toHaveCount(3)
  })

  test("opens a collection from the home page", async ({ page }) => {
    const home = new HomePage(page)
    await home.goto("/")
    const link = page.getByTestId("collection-link").first()
    const title = (await link.getByTestId("collection-link-title").textContent())?.trim() ?? ""
    await link.click()
    await expect(page).toHaveURL(/\/collections\//)
    const collection = new CategoryPage(page)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
    await expect(collection.cards.first()).toBeVisible()
    await collection.sortBy("price_desc")
    const descending = await collection.prices()
    expect(descending).toEqual([...descending].sort((a, b) => b - a))
  })

  test("sees the cart grouped by cooperative, the groups adding up to the total", async ({ page }) => {
    const collection = new CategoryPage(page)
    await collection.goto("/collections/qua-tet")
    const cards = await collection.cards.evaluateAll((all) => all.map((c) => ({ href: c.getAttribute("href") ?? "", coop: c.getAttribute("data-cooperative") ?? "" })))
    const added = new Set<string>()
    for (const card of cards) {
      if (added.size === 2) break
      if (added.has(card.coop)) continue
      if (await addFromProductPage(page, card.href)) added.add(card.coop)
    }
    expect(added.size).toBe(2)

    await page.goto("/cart")
    const cart = new CartPage(page)
    await expect(cart.groups).toHaveCount(2)
    const subtotals = [dong(await cart.group(0).subtotal.textContent()), dong(await cart.group(1).subtotal.textContent())]
    await expect(cart.group(0).name).not.toHaveText("")
    await expect(cart.group(0).lines).toHaveCount(1)
    expect(subtotals[0]! + subtotals[1]!).toBe(dong(await cart.subtotal.textContent()))
    const shipping = dong(await page.getByTestId("cart-shipping").textContent())
    expect(dong(await cart.total.textContent())).toBe(subtotals[0]! + subtotals[1]! + shipping)
  })
})
