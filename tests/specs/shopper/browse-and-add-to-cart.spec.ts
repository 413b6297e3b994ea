import { expect, type Page, test } from "@playwright/test"
import { CartPage } from "../../fixtures/cart-page"
import { HomePage } from "../../fixtures/home-page"
import { ProductPage } from "../../fixtures/product-page"

// Prices shown to a Vietnamese shopper: dots for thousands and the đồng sign, no decimals.
const VND = /^\d{1,3}(\.\d{3})*\s?₫$/

/** Opens products from the home page until one can be bought: a shopper skips what is sold out (some demo products are). */
async function openBuyableProduct(page: Page, home: HomePage) {
  const product = new ProductPage(page)
  const inStock = product.variantOptions.filter({ hasNot: page.locator("[disabled]") })
  for (let card = 0; ; card++) {
    await home.productCards.nth(card).click()
    await expect(product.title).toBeVisible()
    await expect(product.price).toHaveText(VND)
    await expect(product.cooperativeLink).toBeVisible()
    if ((await product.variantOptions.count()) > 1 && (await inStock.count()) > 0) await inStock.first().click()
    if (await product.addToCart.isEnabled()) return product
    expect(card, "one of the first five products on the home page can be bought").toBeLessThan(4)
    await page.goBack()
  }
}

test.describe("a shopper browses the marketplace", () => {
  test("opens the home page, switches language, opens a product and adds it to the cart", async ({ page }) => {
    const home = new HomePage(page)
    await home.goto("/")
    expect(await home.lang()).toBe("vi")
    await expect(home.featured).toBeVisible()
    await expect(home.productCards.first()).toBeVisible()
    await expect(home.categoryLinks).not.toHaveCount(0)
    expect(await home.overflowsSideways()).toBe(false)

    await home.localeSwitcher.click()
    await expect(page).toHaveURL(/\/en(\/|$)/)
    await expect.poll(() => home.lang()).toBe("en")
    await home.localeSwitcher.click()
    await expect.poll(() => home.lang()).toBe("vi")

    const product = await openBuyableProduct(page, home)
    await product.addToCart.click()
    await expect(product.addStatus).toBeVisible()
    await expect(home.cartCount).toHaveText("1")

    const title = (await product.title.textContent())?.trim() ?? ""
    await home.cartLink.click()
    const cart = new CartPage(page)
    await expect(cart.lines).toHaveCount(1)
    await expect(cart.line(0).title).toContainText(title)
    await expect(cart.subtotal).toHaveText(VND)
  })

  test("changes a quantity in the cart and removes the line", async ({ page }) => {
    const home = new HomePage(page)
    await home.goto("/")
    const product = await openBuyableProduct(page, home)
    await product.addToCart.click()
    await expect(home.cartCount).toHaveText("1")

    await home.cartLink.click()
    const cart = new CartPage(page)
    const before = await cart.subtotal.textContent()
    await cart.line(0).quantity.fill("2")
    await cart.line(0).quantity.press("Enter")
    await expect(home.cartCount).toHaveText("2")
    await expect(cart.subtotal).not.toHaveText(before ?? "")

    await cart.line(0).remove.click()
    await expect(cart.empty).toBeVisible()
    await expect(home.cartCount).toHaveText("0")
  })

  test("follows a category from the home page and pages through it", async ({ page }) => {
    const home = new HomePage(page)
    await home.goto("/")
    await home.categoryLinks.first().click()
    await expect(page).toHaveURL(/\/categories\//)
    await expect(home.productCards.first()).toBeVisible()
  })

  test("reaches the cooperative that sells a product", async ({ page }) => {
    const home = new HomePage(page)
    await home.goto("/en")
    await home.productCards.first().click()
    const product = new ProductPage(page)
    const name = (await product.cooperativeLink.textContent())?.trim() ?? ""
    await product.cooperativeLink.click()
    await expect(page.getByTestId("cooperative-name")).toHaveText(name)
    await expect(home.productCards.first()).toBeVisible()
  })
})
