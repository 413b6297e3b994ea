import { type Browser, expect, type Page, test } from "@playwright/test"
import { camSanhHamYen } from "../../../backend/src/scripts/demo-data/cooperatives/cam-sanh-ham-yen"
import { cheShanTuyetLungPhin } from "../../../backend/src/scripts/demo-data/cooperatives/che-shan-tuyet-lung-phin"
import { AdminPage } from "../../fixtures/admin-page"
import { AdminSettlementsPage, SETTLEMENT_FIGURES } from "../../fixtures/admin-settlements-page"
import { CheckoutPage } from "../../fixtures/checkout-page"
import { demoLogins, operatorLogin } from "../../fixtures/demo-logins"
import { HomePage } from "../../fixtures/home-page"
import { ProductPage } from "../../fixtures/product-page"
import { PurchasePage } from "../../fixtures/purchase-page"
import { SellerAuthPage } from "../../fixtures/seller-auth-page"
import { SellerOrdersPage } from "../../fixtures/seller-orders-page"

// The demo seed has no orders: this run places one with two demo cooperatives, cash on delivery, and the tea
// cooperative records its cash. Earlier runs and other specs add orders too, so figures are checked as "at least this
// order", and the page against its own CSV.
const [collector, awaiting] = [cheShanTuyetLungPhin, camSanhHamYen]
const collectorLogin = demoLogins.find((l) => l.cooperative_handle === collector.handle)!

const dong = (text: string | null) => Number((text ?? "").replace(/\D/g, ""))
const BOM = "\uFEFF"
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date())

/** CSV text as lines of cells; a quoted cell may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const lines: string[][] = []
  let cells: string[] = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (c === '"') {
      quoted = !quoted
    } else if (!quoted && c === ",") {
      cells.push(cell)
      cell = ""
    } else if (!quoted && c === "\n") {
      lines.push([...cells, cell])
      cells = []
      cell = ""
    } else {
      cell += c
    }
  }
  return lines
}

/** A fresh browser context per person, as each uses their own device. */
async function personPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ ...test.info().project.use })).newPage()
}

async function addFirstProductOf(page: Page, handle: string) {
  await page.goto(`/products/${handle}`)
  const product = new ProductPage(page)
  await expect(product.addToCart).toBeEnabled()
  await product.addToCart.click()
  await expect(product.addStatus).toBeVisible()
}

test.describe("an operator settles with the cooperatives in the Medusa admin", () => {
  test("sees this month's money per cooperative, downloads it as CSV, and opens one cooperative's orders", async ({ page, browser }) => {
    test.setTimeout(180_000)
    const placed = { collector: { id: "", total: 0 }, awaiting: { id: "", total: 0 } }

    await test.step("a shopper buys from two demo cooperatives, cash on delivery", async () => {
      const shopper = await personPage(browser)
      for (const coop of [collector, awaiting]) await addFirstProductOf(shopper, coop.products[0]!.handle)
      await new HomePage(shopper).cartLink.click()
      const checkout = new CheckoutPage(shopper)
      await checkout.openFromCart()
      await checkout.fillAddress({
        email: `doi.soat.${Date.now()}@example.vn`,
        fullName: "Phạm Thị Hồng",
        phone: "0912 345 679",
        province: "Tuyên Quang",
        commune: "Phường Minh Xuân",
        street: "Số 8, đường Chiến Thắng Sông Lô",
      })
      await checkout.chooseFirstShippingOptions()
      await checkout.payCashOnDelivery()
      await checkout.placeOrder()
      const purchase = new PurchasePage(shopper)
      await expect(purchase.orders).toHaveCount(2)
      for (const [key, coop] of [["collector", collector], ["awaiting", awaiting]] as const) {
        const order = purchase.order(coop.name)
        placed[key] = { id: (await order.card.getAttribute("data-id")) ?? "", total: dong(await order.total.textContent()) }
        expect(placed[key].total).toBeGreaterThan(0)
      }
      await shopper.context().close()
    })

    await test.step("the tea cooperative records the cash its courier collected", async () => {
      const seller = await personPage(browser)
      await new SellerAuthPage(seller).login(collectorLogin.email, collectorLogin.password)
      const orders = new SellerOrdersPage(seller)
      await orders.gotoOrder(placed.collector.id)
      await orders.recordPayment()
      await seller.context().close()
    })

    const settlements = new AdminSettlementsPage(page)
    await test.step("the operator opens Đối soát: this month so far, a line per cooperative, amounts in đồng", async () => {
      expect(await new AdminPage(page).signIn(operatorLogin.email, operatorLogin.password)).toBe(200)
      await settlements.open()
      await expect(settlements.table).toHaveAttribute("data-from", `${today.slice(0, 7)}-01`)
      await expect(settlements.table).toHaveAttribute("data-to", today)
      await expect(settlements.from).toHaveValue(`${today.slice(0, 7)}-01`)

      const tea = await settlements.figures(settlements.row(collector.handle))
      expect(tea.orders).toBeGreaterThanOrEqual(1)
      expect(tea.cash_collected).toBeGreaterThanOrEqual(placed.collector.total)
      expect(tea.gross).toBe(tea.card_owed + tea.vietqr_received + tea.cash_collected + tea.unpaid)
      const oranges = await settlements.figures(settlements.row(awaiting.handle))
      expect(oranges.unpaid).toBeGreaterThanOrEqual(placed.awaiting.total)
      await expect(settlements.row(collector.handle).getByTestId("settlement-cell-cash_collected")).toHaveText(/^\d{1,3}(\.\d{3})*\u00a0₫$/)

      // The đồng total is the sum of the đồng lines, largest amount owed first.
      const lines = await Promise.all((await settlements.page.locator('[data-testid="settlement-row"][data-currency="vnd"]').all()).map((row) => settlements.figures(row)))
      const total = await settlements.figures(settlements.page.locator('[data-testid="settlement-total"][data-currency="vnd"]'))
      expect(total.gross).toBe(lines.reduce((sum, l) => sum + l.gross, 0))
      expect(total.orders).toBe(lines.reduce((sum, l) => sum + l.orders, 0))
      expect(lines.map((l) => l.card_owed)).toEqual(lines.map((l) => l.card_owed).sort((a, b) => b - a))
    })

    await test.step("downloads the CSV: Excel-ready UTF-8, the same figures as the page", async () => {
      const { name, text } = await settlements.downloadCsv()
      expect(name).toBe(`doi-soat-${today.slice(0, 7)}-01-${today}.csv`)
      expect(text.startsWith(BOM)).toBe(true)
      const rows = parseCsv(text.slice(1))
      expect(rows[0]).toEqual(["line", "cooperative", "handle", "currency", "orders", "canceled_orders", "gross", "card_owed", "vietqr_received", "cash_collected", "unpaid", "card_refund_due", "cooperative_refund_due"])
      const teaRow = rows.find((r) => r[0] === "cooperative" && r[2] === collector.handle && r[3] === "VND")
      expect(teaRow, `${collector.name} has a line in the CSV`).toBeDefined()
      expect(teaRow![1]).toBe(collector.name)
      const shown = await settlements.figures(settlements.row(collector.handle))
      expect(teaRow!.slice(4).map(Number)).toEqual(SETTLEMENT_FIGURES.map((figure) => shown[figure]))
      expect(rows.filter((r) => r[0] === "total").map((r) => r[3])).toContain("VND")
    })

    await test.step("opens the tea cooperative's orders: this order, its cash collected", async () => {
      await settlements.openCooperative(collector.handle)
      const order = settlements.orderRows.and(page.locator(`[data-id="${placed.collector.id}"]`))
      await expect(order).toHaveAttribute("data-settles-as", "cash_collected")
      await expect(order.getByTestId("settlement-order-amount")).toHaveAttribute("data-value", String(placed.collector.total))
      const { name, text } = await settlements.downloadCsv(settlements.detailDownload)
      expect(name).toBe(`doi-soat-${collector.handle}-${today.slice(0, 7)}-01-${today}.csv`)
      const line = parseCsv(text.slice(1)).find((r) => r[1] === placed.collector.id)
      expect(line?.slice(3, 9)).toEqual(["cash_on_delivery", "new", expect.stringMatching(/\+07:00$/), "cash_collected", String(placed.collector.total), "VND"])
    })

    await test.step("a period without orders shows none; a reversed period is refused before asking", async () => {
      await page.getByTestId("settlement-detail-back").click()
      await expect(settlements.table).toBeVisible()
      await settlements.choosePeriod("2020-01-01", "2020-01-31")
      await expect(page.getByTestId("settlements-empty")).toHaveAttribute("data-from", "2020-01-01")
      await settlements.choosePeriod("2020-02-10", "2020-02-01")
      await expect(settlements.periodError).toHaveAttribute("data-problem", "periodReversed")
      await expect(page.getByTestId("settlements-empty")).toHaveAttribute("data-to", "2020-01-31")
    })
  })
})
