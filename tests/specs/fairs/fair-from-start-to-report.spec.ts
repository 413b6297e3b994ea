import { type Browser, expect, type Page, test } from "@playwright/test"
import { cheShanTuyetLungPhin } from "../../../backend/src/scripts/demo-data/cooperatives/che-shan-tuyet-lung-phin"
import { AdminFairPage } from "../../fixtures/admin-fair-page"
import { AdminPage } from "../../fixtures/admin-page"
import { CartPage } from "../../fixtures/cart-page"
import { CheckoutPage } from "../../fixtures/checkout-page"
import { demoLogins, operatorLogin } from "../../fixtures/demo-logins"
import { dong, FairPage } from "../../fixtures/fair-page"
import { PurchasePage } from "../../fixtures/purchase-page"
import { SellerAuthPage } from "../../fixtures/seller-auth-page"
import { SellerFairsPage } from "../../fixtures/seller-fairs-page"
import { SellerPortalPage } from "../../fixtures/seller-portal-page"

const tea = cheShanTuyetLungPhin
const teaLogin = demoLogins.find((l) => l.cooperative_handle === tea.handle)!
const TEA = tea.products[0]!
// The 200 g pack: the seeded live fair features the 100 g one, so only this fair prices this pack.
const PACK = TEA.variants[1]!
const FAIR_PRICE = PACK.price_vnd - 30000
// The 500 g tin: applied with, then taken out by the operator curating the fair.
const TIN = TEA.variants[2]!
const BOOTH = "T01"

/** A time in Việt Nam (UTC+7) this many hours from now, as the admin form's `datetime-local` fields take it. */
function vietnamTime(offsetHours: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + offsetHours * 3_600_000).toISOString().slice(0, 16)
}

/** Each person on their own device: a new browser context. */
async function personPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ ...test.info().project.use })).newPage()
}

// The whole reason operators run the marketplace: a fair goes from a draft to orders in its report. Each run creates its
// own fair (fresh slug) and archives it at the end, so the demo fairs and the other specs see the seed as it was.
test.describe("a trade fair from its creation to its report", () => {
  test("the operator creates and publishes a fair, a cooperative applies, the operator approves, a visitor buys at the fair price and the report shows the order", async ({ browser }) => {
    test.setTimeout(300_000)
    const run = Date.now().toString(36)
    const name = `Phiên chợ chè trực tuyến ${run}`
    const slug = `phien-cho-che-${run}`

    const operator = await personPage(browser)
    const fairs = new AdminFairPage(operator)
    await test.step("the operator creates an online fair that is already on, and opens it for applications", async () => {
      expect(await new AdminPage(operator).signIn(operatorLogin.email, operatorLogin.password)).toBe(200)
      await fairs.openList()
      await fairs.fillNewFair({
        name_vi: name,
        name_en: `Online tea market ${run}`,
        slug,
        organiser: "Sở Công Thương tỉnh Tuyên Quang",
        kind: "online",
        starts_at: vietnamTime(-1),
        ends_at: vietnamTime(48),
      })
      await fairs.submitNewFair()
      await expect(fairs.detail).toHaveAttribute("data-slug", slug)
      await fairs.expectFair("draft", "draft")
      await fairs.changeStatus("open_applications")
      await expect(fairs.status).toHaveAttribute("data-status", "open")
    })

    const seller = await personPage(browser)
    const portal = new SellerFairsPage(seller)
    await test.step("the tea cooperative finds it in its portal and applies with its 200 g pack and 500 g tin at fair prices", async () => {
      await new SellerAuthPage(seller).login(teaLogin.email, teaLogin.password)
      await new SellerPortalPage(seller).openTab("fairs")
      await expect(portal.fair(slug).getByTestId("seller-fair-booth-status")).toHaveAttribute("data-status", "none")
      await portal.openFair(slug)
      await expect(portal.name).toHaveText(name)
      const pack = portal.option(`${TEA.title_vi} · ${PACK.value}`)
      expect(dong(await pack.regularPrice.textContent())).toBe(PACK.price_vnd)
      await pack.choose.check()
      await pack.fairPrice.fill(String(FAIR_PRICE))
      const tin = portal.option(`${TEA.title_vi} · ${TIN.value}`)
      await tin.choose.check()
      await tin.fairPrice.fill(String(TIN.price_vnd - 50000))
      await portal.applySubmit.click()
      await expect(portal.applied).toBeVisible()
    })

    await test.step("the operator reviews the application's products and prices, keeps only the 200 g pack, approves it as booth T01 and publishes the fair", async () => {
      await fairs.reload()
      const booth = fairs.booth(tea.name)
      await expect(booth).toHaveAttribute("data-status", "applied")
      await expect(booth.getByTestId("fair-booth-product")).toHaveCount(2)
      await booth.getByTestId("fair-booth-product").filter({ hasText: TIN.value }).getByTestId("fair-booth-product-withdraw").click()
      await operator.getByRole("alertdialog").getByRole("button", { name: /^(Bỏ sản phẩm|Remove)$/ }).click()
      await expect(booth.getByTestId("fair-booth-product")).toHaveCount(1)
      await expect(booth.getByTestId("fair-booth-product")).toHaveAttribute("data-fair-price", String(FAIR_PRICE))
      // The last product cannot be taken out: the booth would be empty.
      await expect(booth.getByTestId("fair-booth-product-withdraw")).toHaveCount(0)
      await fairs.approve(tea.name, BOOTH)
      await expect(booth).toHaveAttribute("data-status", "approved")
      await expect(booth).toHaveAttribute("data-code", BOOTH)
      await fairs.changeStatus("publish")
      await fairs.expectFair("published", "live")
    })

    await test.step("the cooperative sees the decision: its booth is approved with its code", async () => {
      await seller.reload()
      await expect(portal.boothStatus).toHaveAttribute("data-status", "approved")
      await expect(portal.boothCode).toContainText(BOOTH)
    })

    const visitor = await personPage(browser)
    await test.step("a visitor opens the live fair, adds the tea at the fair price and pays cash on delivery", async () => {
      await visitor.goto(`/fairs/${slug}`)
      const fair = new FairPage(visitor)
      await expect(fair.name).toHaveText(name)
      await expect(fair.status).toBeVisible()
      await expect(fair.products).toHaveCount(1)
      const product = fair.product(0)
      await expect(product.booth).toContainText(BOOTH)
      expect(dong(await product.fairPrice.textContent())).toBe(FAIR_PRICE)
      expect(dong(await product.regularPrice.textContent())).toBe(PACK.price_vnd)
      await product.addToCart.click()
      await expect(product.viewCart).toBeVisible()
      await product.viewCart.click()
      const cart = new CartPage(visitor)
      await expect(cart.lines).toHaveCount(1)
      expect(dong(await cart.lines.first().getByTestId("cart-line-unit-price").textContent())).toBe(FAIR_PRICE)

      const checkout = new CheckoutPage(visitor)
      await checkout.openFromCart()
      await checkout.fillAddress({
        email: `khach.hoi.cho+${run}@thunghiem.vn`,
        fullName: "Lò Thị Mai",
        phone: "0912 345 678",
        province: "Tuyên Quang",
        commune: "Phường Minh Xuân",
        street: "Số 5, đường 17 tháng 8",
      })
      await checkout.chooseFirstShippingOptions()
      await checkout.payCashOnDelivery()
      await checkout.placeOrder()
      const purchase = new PurchasePage(visitor)
      await expect(purchase.heading).toBeVisible()
      await expect(purchase.orders).toHaveCount(1)
      await expect(purchase.order(tea.name).items).toHaveCount(1)
    })

    await test.step("the fair's report shows the visit, the order and its revenue at the fair price", async () => {
      // Orders reach the report through the order-placed event; the operator reloads until it is there.
      await expect(async () => {
        await fairs.reload()
        await expect(fairs.report.getByTestId("fair-total-orders")).toHaveAttribute("data-value", "1", { timeout: 2000 })
      }).toPass({ timeout: 30_000 })
      await expect(fairs.report.getByTestId("fair-total-revenue")).toHaveAttribute("data-value", String(FAIR_PRICE))
      expect(Number(await fairs.report.getByTestId("fair-total-visits").getAttribute("data-value"))).toBeGreaterThanOrEqual(1)
      await expect(fairs.boothChart).toHaveAttribute("data-booths", /[12]/)
    })

    await test.step("the cooperative's booth figures show the order too", async () => {
      await seller.reload()
      await expect(portal.report.getByTestId("seller-booth-report-total-orders")).toContainText("1")
    })

    await test.step("the operator ends the fair early and archives it: its page is gone from the storefront", async () => {
      // A live fair cannot be archived; moving its end to now closes it first, as an operator would.
      await operator.getByTestId("fair-edit").click()
      await fairs.field("ends_at").fill(vietnamTime(0))
      await operator.getByTestId("fair-edit-submit").click()
      await expect(operator.getByTestId("fair-edit-drawer")).toHaveCount(0)
      await expect(fairs.phase).toHaveAttribute("data-phase", "ended")
      await fairs.changeStatus("archive")
      await fairs.expectFair("archived", "archived")
      const gone = await visitor.goto(`/fairs/${slug}`)
      expect(gone?.status()).toBe(404)
    })
  })
})
