import { expect, test } from "@playwright/test"
import { demoCooperatives } from "../../../backend/src/scripts/demo-data/cooperatives"
import { demoFairs } from "../../../backend/src/scripts/demo-data/fairs"
import { CartPage } from "../../fixtures/cart-page"
import { BoothPage, dong, FairPage, FairsPage } from "../../fixtures/fair-page"
import { HomePage } from "../../fixtures/home-page"

// The demo seed's fairs: one live now (booths A01–A04), one coming, one past. The spec only adds to its own cart and
// sends one inquiry from a fresh address, so the seeded data stays as it is.
function demoFair(slug: string) {
  const fair = demoFairs.find((f) => f.slug === slug)
  if (!fair) throw new Error(`The demo seed has no fair "${slug}".`)
  return fair
}
const live = demoFair("hoi-cho-ocop-tuyen-quang-mua-dong")
const upcoming = demoFair("tuan-le-tra-shan-tuyet")
const past = demoFair("hoi-cho-nong-san-mua-thu")
const BOOTH = "A02"

// Prices shown to a Vietnamese shopper: dots for thousands and the đồng sign, no decimals.
const VND = /^\d{1,3}(\.\d{3})*\s?₫$/

test.describe("a shopper visits a trade fair", () => {
  test("finds the live fair, filters a booth, buys at the fair price and sends the booth a trade inquiry", async ({ page }, testInfo) => {
    const home = new HomePage(page)
    await home.goto("/")
    const fairs = new FairsPage(page)
    await fairs.headerLink.click()
    await expect(page).toHaveURL(/\/fairs$/)
    await expect(fairs.card(fairs.live, live.name_vi).getByTestId("fair-card-live")).toBeVisible()
    await expect(fairs.card(fairs.upcoming, upcoming.name_vi).getByTestId("fair-card-starts")).toBeVisible()
    await expect(fairs.card(fairs.past, past.name_vi)).toBeVisible()
    await expect(fairs.card(fairs.live, upcoming.name_vi)).toHaveCount(0)
    expect(await home.overflowsSideways()).toBe(false)

    await fairs.open(fairs.live, live.name_vi)
    const fair = new FairPage(page)
    await expect(fair.name).toHaveText(live.name_vi)
    await expect(fair.status).toBeVisible()
    await expect(fair.countdown).toHaveCount(0)
    await expect(fair.booths).toHaveCount(live.cooperatives.length)
    await expect(fair.products.first()).toBeVisible()
    await expect(fair.product(0).fairPrice).toHaveText(VND)
    const everyBooth = await fair.prices()
    expect(everyBooth.length).toBeGreaterThan(1)
    for (const { regular, fair: fairPrice } of everyBooth) expect(fairPrice).toBeLessThan(regular)

    await fair.filterByBooth(BOOTH)
    await expect(fair.products.first()).toBeVisible()
    const booth = fair.booths.nth(1)
    const cooperative = (await booth.getByTestId("fair-booth-link").textContent())?.trim() ?? ""
    const oneBooth = await fair.products.count()
    expect(oneBooth).toBeLessThan(everyBooth.length)
    for (let i = 0; i < oneBooth; i++) await expect(fair.product(i).booth).toContainText(cooperative)

    await fair.boothLink(cooperative).click()
    await expect(page).toHaveURL(new RegExp(`/fairs/${live.slug}/booths/${BOOTH}$`))
    const boothPage = new BoothPage(page)
    await expect(boothPage.title).toContainText(BOOTH)
    await expect(boothPage.cooperativeName).toHaveText(cooperative)
    await expect(boothPage.cooperativeLink).toBeVisible()
    await expect(boothPage.products).toHaveCount(oneBooth)

    const product = boothPage.product(0)
    const title = (await product.title.textContent())?.trim() ?? ""
    const fairPrice = dong(await product.fairPrice.textContent())
    expect(fairPrice).toBeLessThan(dong(await product.regularPrice.textContent()))
    await product.addToCart.click()
    await expect(product.viewCart).toBeVisible()
    await expect(home.cartCount).toHaveText("1")

    await product.viewCart.click()
    const cart = new CartPage(page)
    await expect(cart.lines).toHaveCount(1)
    await expect(cart.line(0).title).toContainText(title)
    expect(dong(await cart.lines.first().getByTestId("cart-line-unit-price").textContent())).toBe(fairPrice)

    await page.goBack()
    await expect(boothPage.inquiry.form).toBeVisible()
    // Nothing leaves the page until the required fields are filled in.
    await boothPage.inquiry.submit.click()
    await expect(boothPage.inquiry.fieldErrors.first()).toBeVisible()
    await expect(boothPage.inquiry.sent).toBeEmpty()

    await boothPage.fillInquiry({
      productIndex: 1,
      quantity: "500 hũ mỗi quý",
      targetMarket: "Hà Nội và Hải Phòng",
      company: "Công ty TNHH Thực phẩm Sạch Miền Bắc",
      contactName: "Nguyễn Thu Hà",
      // A fresh address per run and device: the backend limits how many inquiries one address sends an hour.
      email: `thu.ha+${testInfo.project.name}-${Date.now()}@example.com`,
      phone: "0912 345 678",
      message: "Chúng tôi muốn nhập sản phẩm của gian hàng cho chuỗi cửa hàng, xin báo giá sỉ và quy cách đóng gói.",
    })
    await boothPage.inquiry.submit.click()
    await expect(boothPage.inquiry.sent).not.toBeEmpty()
    await expect(boothPage.inquiry.error).toHaveCount(0)
    await expect(boothPage.inquiry.fieldErrors).toHaveCount(0)
    await expect(boothPage.inquiry.company).toHaveValue("")
  })

  test("sees a countdown on a fair that has not opened, in English", async ({ page }) => {
    await page.goto(`/en/fairs/${upcoming.slug}`)
    const fair = new FairPage(page)
    await expect(fair.name).toHaveText(upcoming.name_en)
    await expect(fair.countdown).toBeVisible()
    const first = await fair.countdown.textContent()
    await expect(fair.countdown).not.toHaveText(first ?? "")
    await expect(fair.products.first()).toBeVisible()
    await expect(fair.product(0).addToCart).toHaveCount(0)
  })
})

test.describe("a shopper without JavaScript filters a fair", () => {
  test.use({ javaScriptEnabled: false })

  test("keeps one category's products, then one booth's within it, with plain links", async ({ page }) => {
    // The seed features each cooperative's first two products; the fresh fruit among them is what the filter keeps.
    const FRUIT = "trai-cay-tuoi"
    const fruit = demoCooperatives
      .filter((c) => live.cooperatives.includes(c.handle))
      .flatMap((c) => c.products.slice(0, 2))
      .filter((p) => p.category === FRUIT)
      .map((p) => p.title_vi)
    expect(fruit.length).toBeGreaterThan(0)

    await page.goto(`/fairs/${live.slug}`)
    const fair = new FairPage(page)
    const everything = await fair.products.count()
    expect(everything).toBeGreaterThan(fruit.length)

    await fair.filterByCategory(FRUIT)
    await expect(fair.products).toHaveCount(fruit.length)
    expect((await fair.products.getByTestId("fair-product-title").allTextContents()).map((t) => t.trim()).sort()).toEqual([...fruit].sort())

    // Choosing a booth keeps the category: the tea booth has no fruit.
    await fair.filterByBooth("A01")
    await expect(page).toHaveURL(new RegExp(`category=${FRUIT}`))
    await expect(fair.products).toHaveCount(0)
    await expect(page.getByTestId("fair-products-empty")).toBeVisible()

    await page.getByTestId("fair-category-filter-all").click()
    await expect(page).toHaveURL(/[?&]booth=A01$/)
    await expect(fair.products.first()).toBeVisible()
  })
})
