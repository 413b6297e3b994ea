import { expect, test } from "@playwright/test"
import { Client } from "pg"
import { camSanhHamYen } from "../../../backend/src/scripts/demo-data/cooperatives/cam-sanh-ham-yen"
import { HomePage } from "../../fixtures/home-page"
import { CooperativeProfilePage, DirectoryPage, SellerIdentityBlock } from "../../fixtures/directory-page"
import { ProductPage } from "../../fixtures/product-page"

// A demo cooperative with products; the spec only reads, so the seeded data stays as it is.
const coop = camSanhHamYen

const VIETNAM = "Asia/Ho_Chi_Minh"

/** Today in Vietnam plus some days, written as a shopper reads a delivery day: "Thứ Năm, 26/11" / "Thu 26 Nov". */
function deliveryDay(daysFromToday: number, locale: "vi" | "en") {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: VIETNAM }).format(new Date()) // YYYY-MM-DD
  const [year, month, day] = today.split("-").map(Number)
  const date = new Date(Date.UTC(year!, month! - 1, day! + daysFromToday, 5))
  return locale === "vi"
    ? new Intl.DateTimeFormat("vi-VN", { timeZone: VIETNAM, weekday: "long", day: "2-digit", month: "2-digit" }).format(date)
    : new Intl.DateTimeFormat("en-GB", { timeZone: VIETNAM, weekday: "short", day: "numeric", month: "short" }).format(date)
}

/** The International region's id: there is no region switch yet, so a buyer abroad is one whose region cookie names it. */
async function internationalRegionId() {
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL })
  await db.connect()
  try {
    const { rows } = await db.query<{ id: string }>("SELECT id FROM region WHERE currency_code = 'usd' AND deleted_at IS NULL LIMIT 1")
    return rows[0]!.id
  } finally {
    await db.end()
  }
}

test.describe("a shopper looks up who sells", () => {
  test("finds a cooperative by commune, checks its identity, opens a product and sees the seller", async ({ page }) => {
    const home = new HomePage(page)
    await home.goto("/")
    const directory = new DirectoryPage(page)
    await directory.headerLink.click()
    await expect(page).toHaveURL(/\/cooperatives$/)
    await expect(directory.cards.first()).toBeVisible()
    const everyone = await directory.total()
    expect(everyone).toBeGreaterThan(1)
    expect(await directory.overflowsSideways()).toBe(false)

    await directory.filterByCommune(coop.commune)
    await expect(directory.cards).toHaveCount(1)
    await expect(directory.communeFilter).toHaveValue(coop.commune)
    expect(await directory.total()).toBeLessThan(everyone)
    await expect(directory.card(coop.name).getByTestId("cooperative-card-location")).toContainText(coop.commune)

    await directory.open(coop.name)
    const profile = new CooperativeProfilePage(page)
    await expect(profile.name).toHaveText(coop.name)
    await expect(profile.address).toContainText(coop.street)
    await expect(profile.address).toContainText(coop.commune)
    await expect(profile.address).toContainText(coop.province)
    await expect(profile.phone).toHaveText(coop.phone)
    await expect(profile.registrationNumber).toHaveText(coop.registration_number)
    await expect(profile.legalRepresentative).toHaveText(coop.legal_representative)
    await expect(profile.founded).toHaveText(coop.founded_on.slice(0, 4))
    await expect(profile.products.first()).toBeVisible()
    const productCount = await profile.products.count()
    const profileOcop = page.getByTestId("cooperative-ocop")
    const ocop = (await profileOcop.count()) ? { count: await profileOcop.getAttribute("data-count"), stars: await profileOcop.getAttribute("data-best-stars") } : null

    await profile.products.first().click()
    const product = new ProductPage(page)
    await expect(product.title).toBeVisible()
    await expect(product.cooperativeLink).toHaveText(coop.name)
    const productUrl = new URL(page.url()).pathname

    // The seller card: who and where, what else the cooperative sells, its OCOP standing, and where to go from here.
    const seller = new SellerIdentityBlock(page)
    await expect(seller.name).toHaveText(coop.name)
    await expect(seller.location).toHaveText(`${coop.commune}, ${coop.province}`)
    await expect(seller.productCount).toHaveText(`${productCount} sản phẩm`)
    if (ocop) {
      await expect(seller.ocop).toContainText(`${ocop.count} sản phẩm đạt chứng nhận OCOP`)
      await expect(seller.ocop.getByTestId("ocop-badge")).toHaveAttribute("data-stars", ocop.stars!)
    } else {
      await expect(seller.ocop).toHaveCount(0)
    }
    await expect(seller.address).toContainText(coop.commune)
    await expect(seller.phone).toHaveText(coop.phone)
    await expect(seller.registrationNumber).toHaveText(coop.registration_number)
    await expect(seller.profileLink).toHaveAttribute("href", `/cooperatives/${coop.handle}`)

    // Delivery to Việt Nam: standard delivery in đồng with the days it should arrive, or pickup at the cooperative, free.
    await expect(product.deliveryOptions).toHaveCount(2)
    const standard = product.deliveryOption("standard")
    await expect(standard.name).toHaveText("Giao hàng tiêu chuẩn")
    await expect(standard.price).toHaveText("30.000\u00a0₫")
    await expect(standard.estimate).toHaveText(`Dự kiến nhận hàng: ${deliveryDay(2, "vi")} – ${deliveryDay(4, "vi")}`)
    const pickup = product.deliveryOption("pickup")
    await expect(pickup.price).toHaveText("Miễn phí")
    await expect(pickup.pickup).toHaveText(`Nhận hàng tại: ${coop.street}, ${coop.commune}, ${coop.province}`)
    await expect(pickup.estimate).toHaveCount(0)

    // A wholesale buyer goes from the card straight to the inquiry form under the product.
    await seller.wholesaleLink.click()
    await expect(product.inquiry.form).toBeVisible()

    // A buyer abroad sees international shipping in US dollars, 7 to 14 days, and no pickup.
    const site = new URL(page.url())
    await page.context().addCookies([{ name: "htx_region_id", value: await internationalRegionId(), domain: site.hostname, path: "/" }])
    await page.goto(`/en${productUrl}`)
    await expect(product.deliveryOptions).toHaveCount(1)
    const abroad = product.deliveryOption("international")
    await expect(abroad.name).toHaveText("International shipping")
    await expect(abroad.price).toHaveText("$25.00")
    await expect(abroad.estimate).toHaveText(`Expected: ${deliveryDay(7, "en")} – ${deliveryDay(14, "en")}`)
    await expect(seller.productCount).toHaveText(`${productCount} products`)
  })

  test("searches without diacritics, sees an empty state, and pages keep the filter", async ({ page }) => {
    const directory = new DirectoryPage(page)
    await directory.goto("/en/cooperatives")
    await directory.searchFor("ham yen")
    await expect(directory.card(coop.name)).toBeVisible()

    await directory.searchFor("khong co hop tac xa nao")
    await expect(directory.empty).toBeVisible()
    await expect(directory.cards).toHaveCount(0)
    await directory.clear.click()
    await expect(directory.cards.first()).toBeVisible()
    await expect(directory.search).toHaveValue("")

    await directory.kindFilter.selectOption("cooperative")
    await directory.apply.click()
    await expect(page).toHaveURL(/kind=cooperative/)
    await directory.nextPage.click()
    await expect(page).toHaveURL(/kind=cooperative/)
    await expect(page).toHaveURL(/page=2/)
    await expect(directory.kindFilter).toHaveValue("cooperative")
    await expect(directory.cards.first()).toBeVisible()
  })
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("the filters still work as a plain form", async ({ page }) => {
    const directory = new DirectoryPage(page)
    await directory.goto()
    await directory.filterByCommune(coop.commune)
    await expect(directory.cards).toHaveCount(1)
    await expect(directory.card(coop.name)).toBeVisible()
  })
})
