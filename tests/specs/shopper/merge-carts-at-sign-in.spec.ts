import { type Browser, expect, type Page, test } from "@playwright/test"
import { camSanhHamYen } from "../../../backend/src/scripts/demo-data/cooperatives/cam-sanh-ham-yen"
import { cheShanTuyetLungPhin } from "../../../backend/src/scripts/demo-data/cooperatives/che-shan-tuyet-lung-phin"
import { AccountPage, type Shopper } from "../../fixtures/account-page"
import { CartPage } from "../../fixtures/cart-page"
import { HomePage } from "../../fixtures/home-page"
import { ProductPage } from "../../fixtures/product-page"

// Every run registers a new shopper, so nothing is shared between runs or between the phone and desktop projects.

/** Adds a demo product to the cart from its page; returns its title as the page shows it. */
async function addProduct(page: Page, handle: string): Promise<string> {
  await page.goto(`/products/${handle}`)
  const product = new ProductPage(page)
  await expect(product.addToCart).toBeEnabled()
  await product.addToCart.click()
  await expect(product.addStatus).toBeVisible()
  return ((await product.title.textContent()) ?? "").trim()
}

/** A fresh browser context: another device, with no cookies. */
async function newDevice(browser: Browser): Promise<Page> {
  return (await browser.newContext({ ...test.info().project.use })).newPage()
}

test.describe("a shopper who left a cart on another device", () => {
  test("signs in with a guest cart and finds both carts' products in one cart, told once what came over", async ({ page, browser }) => {
    test.setTimeout(120_000)
    const shopper: Shopper = { fullName: "Lê Thị Hoa", email: `hoa.${Date.now()}@example.vn`, password: "Mua-hang-2025", phone: "" }
    let leftTitle = ""

    await test.step("on a first device, signed in, adds a product and leaves", async () => {
      await new AccountPage(page).register(shopper)
      leftTitle = await addProduct(page, cheShanTuyetLungPhin.products[0]!.handle)
      await expect(new HomePage(page).cartCount).toHaveText("1")
    })

    const device = await newDevice(browser)
    const guestTitle = await test.step("on a second device, as a guest, adds another product", async () => {
      const title = await addProduct(device, camSanhHamYen.products[0]!.handle)
      await expect(new HomePage(device).cartCount).toHaveText("1")
      return title
    })

    await test.step("signs in there: the cart holds both products, and says the one from before was added", async () => {
      await new AccountPage(device).signIn(shopper.email, shopper.password, /\/cart$/)
      const cart = new CartPage(device)
      await expect(cart.mergeNotice).toHaveText(/Đã thêm 1 sản phẩm từ giỏ hàng bạn để lại trước đó\./)
      await expect(cart.lines).toHaveCount(2)
      const titles = await cart.lines.getByTestId("cart-line-title").allTextContents()
      for (const title of [leftTitle, guestTitle]) expect(titles.some((t) => t.includes(title)), `the cart lists ${title}`).toBe(true)
      await expect(new HomePage(device).cartCount).toHaveText("2")
    })

    await test.step("the notice is said once: it is gone on the next page", async () => {
      await device.reload()
      await expect(new CartPage(device).lines).toHaveCount(2)
      await expect(new CartPage(device).mergeNotice).toHaveCount(0)
      await device.context().close()
    })
  })
})
