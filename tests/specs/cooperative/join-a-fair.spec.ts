import { type Browser, expect, type Page, test } from "@playwright/test"
import { Client } from "pg"
import { camSanhHamYen } from "../../../backend/src/scripts/demo-data/cooperatives/cam-sanh-ham-yen"
import { demoFairPrice, demoFairs } from "../../../backend/src/scripts/demo-data/fairs"
import { dong } from "../../fixtures/fair-page"
import { demoLogins } from "../../fixtures/demo-logins"
import { ProductPage } from "../../fixtures/product-page"
import { SellerAuthPage } from "../../fixtures/seller-auth-page"
import { sellerLead, SellerFairsPage } from "../../fixtures/seller-fairs-page"
import { SellerPortalPage } from "../../fixtures/seller-portal-page"
import { fillTradeInquiry } from "../../fixtures/trade-inquiry-form"

const orangeLogin = demoLogins.find((l) => l.cooperative_handle === camSanhHamYen.handle)!
const ORANGES = camSanhHamYen.products[0]!
const THREE_KG = ORANGES.variants[0]!
// The demo seed takes applications for the fairs that start later (Shan tuyết tea week); the orange growers have no booth there.
const openFair = demoFairs.find((f) => f.start_day > 0 && !f.cooperatives.includes(camSanhHamYen.handle))!
// …and they have booth A03 at the live winter fair.
const liveFair = demoFairs.find((f) => f.start_day <= 0 && f.start_day + f.days > 0 && f.cooperatives.includes(camSanhHamYen.handle))!
const liveBooth = `A${String(liveFair.cooperatives.indexOf(camSanhHamYen.handle) + 1).padStart(2, "0")}`

// Prices as a Vietnamese reader sees them: dots for thousands and the đồng sign.
const VND = /^\d{1,3}(\.\d{3})*\s?₫$/

/** A fresh browser context per person, as each uses their own phone. */
async function personPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ ...test.info().project.use })).newPage()
}

/** Removes the cooperative's booth at the fair from an earlier run, so the application starts from none. */
async function withdrawEarlierApplication(fairSlug: string, cooperativeHandle: string) {
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL })
  await db.connect()
  try {
    // The booth ↔ cooperative link table is named by Medusa; it is the one table with both ids.
    const { rows } = await db.query<{ table_name: string }>(
      `SELECT b.table_name FROM information_schema.columns b JOIN information_schema.columns c USING (table_schema, table_name)
        WHERE b.table_schema = current_schema() AND b.column_name = 'booth_id' AND c.column_name = 'cooperative_id'`
    )
    const link = rows[0]?.table_name
    expect(link, "the booth–cooperative link table").toBeTruthy()
    await db.query(
      `UPDATE booth SET deleted_at = now()
        WHERE deleted_at IS NULL AND fair_id = (SELECT id FROM fair WHERE slug = $1 AND deleted_at IS NULL)
          AND id IN (SELECT booth_id FROM "${link}" WHERE deleted_at IS NULL AND cooperative_id = (SELECT id FROM cooperative WHERE handle = $2))`,
      [fairSlug, cooperativeHandle]
    )
  } finally {
    await db.end()
  }
}

test.describe("a cooperative joins a trade fair and answers a wholesale buyer", () => {
  test("applies for a booth with a product at a fair price, sees its live booth's figures, and answers an inquiry sent from its product page", async ({ browser }) => {
    test.setTimeout(180_000)
    expect(openFair, "the demo seed has a fair taking applications without the orange growers").toBeTruthy()
    expect(liveFair, "the demo seed has a live fair with the orange growers").toBeTruthy()
    await withdrawEarlierApplication(openFair.slug, camSanhHamYen.handle)
    const stamp = Date.now().toString().slice(-8)
    const company = `Công ty TNHH Nông sản Sạch ${stamp}`

    await test.step("a business buyer asks for oranges in bulk from the product page", async () => {
      const buyer = await personPage(browser)
      await buyer.goto(`/products/${ORANGES.handle}`)
      const product = new ProductPage(buyer)
      await expect(product.title).toHaveText(ORANGES.title_vi)
      await expect(product.inquiry.form).toBeHidden()
      await product.openWholesaleInquiry()
      // A product page asks about its own product; there is nothing to choose.
      await expect(product.inquiry.product).toHaveCount(0)
      await fillTradeInquiry(product.inquiry, {
        quantity: "2 tấn mỗi tuần",
        targetMarket: "Hà Nội",
        company,
        contactName: "Phạm Minh Tuấn",
        // A fresh address per run: the backend limits how many inquiries one address sends an hour.
        email: `tuan+${stamp}@nongsansach.example`,
        phone: "0912 345 678",
        message: "Chúng tôi cần cam sành loại 1 cho chuỗi siêu thị, xin báo giá sỉ giao tại Hà Nội.",
      })
      await product.inquiry.submit.click()
      await expect(product.inquiry.sent).not.toBeEmpty()
      await expect(product.inquiry.error).toHaveCount(0)
      await buyer.context().close()
    })

    const seller = await personPage(browser)
    const fairs = new SellerFairsPage(seller)
    await test.step("the orange growers open Fairs and find the tea week taking applications, without a booth", async () => {
      await new SellerAuthPage(seller).login(orangeLogin.email, orangeLogin.password)
      await new SellerPortalPage(seller).openTab("fairs")
      await expect(fairs.fair(openFair.slug)).toHaveAttribute("data-phase", "open")
      await expect(fairs.fair(openFair.slug).getByTestId("seller-fair-booth-status")).toHaveAttribute("data-status", "none")
      await expect(fairs.fair(openFair.slug).getByTestId("seller-fair-deadline")).toBeVisible()
      await expect(fairs.fair(liveFair.slug).getByTestId("seller-fair-booth-code")).toContainText(liveBooth)
    })

    const fairPrice = demoFairPrice(THREE_KG.price_vnd)
    await test.step("they apply with 3 kg of oranges at a fair price below the regular price", async () => {
      await fairs.openFair(openFair.slug)
      await expect(fairs.name).toHaveText(openFair.name_vi)
      const oranges = fairs.option(`${ORANGES.title_vi} · ${THREE_KG.value}`)
      expect(dong(await oranges.regularPrice.textContent())).toBe(THREE_KG.price_vnd)
      await oranges.choose.check()
      // A fair price above the regular one is refused before anything is sent, saying so.
      await oranges.fairPrice.fill(String(THREE_KG.price_vnd + 5000))
      await fairs.applySubmit.click()
      await expect(fairs.applyError).toContainText(ORANGES.title_vi)
      await expect(fairs.applyError).toContainText("giá thường")
      await oranges.fairPrice.fill(String(fairPrice))
      await fairs.applySubmit.click()
      await expect(fairs.applied).toBeVisible()
    })

    await test.step("after a reload the fair shows the application waiting for review, with the product at its fair price", async () => {
      await seller.reload()
      await expect(fairs.boothStatus).toHaveAttribute("data-status", "applied")
      await expect(fairs.boothStatus).toHaveText("Đã đăng ký, chờ duyệt")
      await expect(fairs.applyForm).toHaveCount(0)
      await expect(fairs.boothProducts).toHaveCount(1)
      await expect(fairs.boothProducts.first()).toContainText(ORANGES.title_vi)
      const price = fairs.boothProducts.first().getByTestId("seller-booth-product-price")
      await expect(price).toHaveText(VND)
      expect(dong(await price.textContent())).toBe(fairPrice)
      await seller.getByTestId("seller-fair-back").click()
      await expect(fairs.fair(openFair.slug).getByTestId("seller-fair-booth-status")).toHaveAttribute("data-status", "applied")
    })

    await test.step("at the live fair their approved booth shows its code and its figures", async () => {
      await fairs.openFair(liveFair.slug)
      await expect(fairs.boothStatus).toHaveAttribute("data-status", "approved")
      await expect(fairs.boothCode).toContainText(liveBooth)
      await expect(fairs.report).toBeVisible()
      await expect(fairs.report.getByTestId("seller-booth-report-total-revenue")).toHaveText(VND)
    })

    await test.step("they answer the buyer's inquiry under Trade inquiries; the answer stays after a reload", async () => {
      await seller.getByTestId("seller-fair-back").click()
      await fairs.openLeads()
      const lead = sellerLead(fairs.lead(company))
      await expect(fairs.lead(company)).toHaveAttribute("data-answered", "false")
      await expect(lead.product).toHaveText(ORANGES.title_vi)
      await expect(lead.quantity).toHaveText("2 tấn mỗi tuần")
      const answer = `Hợp tác xã giao được 2 tấn cam loại 1 mỗi tuần từ tháng 12, giá sỉ 28.000 ₫/kg (${stamp}).`
      await lead.answerInput.fill(answer)
      await lead.answerSubmit.click()
      await expect(lead.answer).toHaveText(answer)
      await seller.reload()
      await expect(fairs.lead(company)).toHaveAttribute("data-answered", "true")
      await expect(lead.status).toHaveText("Đã trả lời")
      await expect(lead.answer).toHaveText(answer)
      await expect(lead.answerInput).toHaveCount(0)
    })
  })
})
