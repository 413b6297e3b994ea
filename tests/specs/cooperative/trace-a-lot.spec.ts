import { readFileSync } from "node:fs"
import path from "node:path"
import { type Browser, expect, type Page, test } from "@playwright/test"
import { Client } from "pg"
import { PDFDocument } from "pdf-lib"
import { demoCooperatives } from "../../../backend/src/scripts/demo-data/cooperatives"
import { cheShanTuyetLungPhin } from "../../../backend/src/scripts/demo-data/cooperatives/che-shan-tuyet-lung-phin"
import { planTraceLots } from "../../../backend/src/scripts/demo-data/trace-lots"
import { demoLogins } from "../../fixtures/demo-logins"
import { SellerAuthPage } from "../../fixtures/seller-auth-page"
import { SellerLotsPage } from "../../fixtures/seller-lots-page"
import { TracePage } from "../../fixtures/trace-page"

const teaLogin = demoLogins.find((l) => l.cooperative_handle === cheShanTuyetLungPhin.handle)!
const TEA = cheShanTuyetLungPhin.products[0]!
const PHOTO = { name: "dong-goi.jpg", mimeType: "image/jpeg", buffer: readFileSync(path.resolve(__dirname, "../../fixtures/files/ca-phe-gps.jpg")) }
const A4 = { width: 595.28, height: 841.89 }

/** Today in Việt Nam, as the portal's date fields expect it. */
function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
}

/** The GTIN-13 printed on the tea's barcode: the demo seed gave its first variant one (a variant keeps its GTIN for every lot). */
function teaGtin13(): string {
  return planTraceLots(demoCooperatives, vietnamToday()).find((l) => l.product_handle === TEA.handle)!.gtin
}

async function personPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ ...test.info().project.use })).newPage()
}

test.describe("a lot's story, from the cooperative's phone to a shopper's camera", () => {
  test("a cooperative creates a lot, records two events and prints labels; a shopper scans it and sees a verified history, until a row is changed", async ({ browser }) => {
    test.setTimeout(180_000)
    const gtin13 = teaGtin13()
    const gtin14 = `0${gtin13}`
    // A new lot code on every run, so the test needs no clean database.
    const lotCode = `LP-${Date.now().toString().slice(-8)}`

    const seller = await personPage(browser)
    const lots = new SellerLotsPage(seller)
    await test.step("the tea cooperative creates a lot of its Shan tuyết tea", async () => {
      await new SellerAuthPage(seller).login(teaLogin.email, teaLogin.password)
      await lots.gotoList()
      await lots.createLot({
        variant: `(${TEA.variants[0]!.sku})`,
        gtin: gtin13,
        lotCode,
        producedOn: vietnamToday(),
        quantity: "120",
        originName: "Đồi chè cổ thụ thôn Lũng Phìn",
        commune: cheShanTuyetLungPhin.commune,
        province: "Tuyên Quang",
      })
      await expect(lots.digitalLink).toContainText(`/01/${gtin14}/10/${lotCode}`)
      await expect(lots.qr).toBeVisible()
    })

    await test.step("it records the harvest and the packing, with a photo", async () => {
      await lots.recordEvent({ kind: "harvest", place: "Đồi chè cổ thụ", note: "Hái tay một tôm hai lá." })
      await lots.recordEvent({ kind: "packing", place: "Xưởng đóng gói HTX", note: "Đóng túi hút chân không.", photo: PHOTO })
      await expect(lots.events.first()).toHaveAttribute("data-kind", "harvest")
      await expect(lots.verification).toHaveAttribute("data-verified", "true")
    })

    await test.step("it prints a sheet of labels and one label: A4 PDFs", async () => {
      for (const [count, minPages] of [[30, 2], [1, 1]] as const) {
        const download = await lots.downloadLabels(count)
        expect(download.suggestedFilename()).toMatch(/\.pdf$/)
        const pdf = await PDFDocument.load(readFileSync((await download.path())!))
        expect(pdf.getPageCount()).toBeGreaterThanOrEqual(minPages)
        if (count === 1) expect(pdf.getPageCount()).toBe(1)
        const { width, height } = pdf.getPage(0).getSize()
        expect(Math.round(width)).toBe(Math.round(A4.width))
        expect(Math.round(height)).toBe(Math.round(A4.height))
      }
    })

    const uri = (await lots.digitalLink.getAttribute("href"))!
    const shopper = await personPage(browser)
    const trace = new TracePage(shopper)
    await test.step("a shopper opens the label's Digital Link and sees the origin, the timeline and a verified history", async () => {
      const response = await trace.openScanned(uri)
      expect(response?.status()).toBe(200)
      await expect(trace.product).toContainText(TEA.title_vi)
      await expect(trace.cooperative).toContainText(cheShanTuyetLungPhin.short_name)
      await expect(trace.origin).toContainText("Lũng Phìn")
      await expect(trace.events).toHaveCount(2)
      await expect(trace.events.nth(0)).toHaveAttribute("data-kind", "harvest")
      await expect(trace.events.nth(1)).toHaveAttribute("data-kind", "packing")
      await expect(trace.verification).toHaveAttribute("data-verified", "true")
      await expect(trace.buy).toBeVisible()
    })

    await test.step("the same address asked for JSON-LD answers an EPCIS 2.0 document of the two events", async () => {
      const response = await shopper.request.get(uri, { headers: { Accept: "application/ld+json" } })
      expect(response.status()).toBe(200)
      expect(response.headers()["content-type"]).toContain("application/ld+json")
      const document = await response.json()
      expect(document.type).toBe("EPCISDocument")
      expect(document.schemaVersion).toBe("2.0")
      expect(document.epcisBody.eventList).toHaveLength(2)
      expect(document.epcisBody.eventList[0].eventTimeZoneOffset).toBe("+07:00")
    })

    await test.step("a malformed GTIN is a 400 with a sentence, an unknown lot a 404", async () => {
      const wrongCheckDigit = `${gtin14.slice(0, 13)}${(Number(gtin14[13]) + 1) % 10}`
      const malformed = await shopper.goto(`/01/${wrongCheckDigit}/10/${lotCode}`)
      expect(malformed?.status()).toBe(400)
      await expect(shopper.locator("body")).toContainText(/check digit|số kiểm tra/i)
      const unknown = await shopper.goto(`/01/${gtin14}/10/KHONG-CO-LO`)
      expect(unknown?.status()).toBe(404)
    })

    await test.step("when an event row is changed in the database, the page says the history cannot be verified", async () => {
      const db = new Client({ connectionString: process.env.E2E_DATABASE_URL })
      await db.connect()
      try {
        const changed = await db.query(
          `UPDATE trace_event SET note = 'Đã sửa trực tiếp trong cơ sở dữ liệu'
             WHERE lot_id = (SELECT l.id FROM lot l JOIN trade_item t ON t.id = l.trade_item_id WHERE t.gtin = $1 AND l.lot_code = $2)
               AND kind = 'harvest'`,
          [gtin14, lotCode]
        )
        expect(changed.rowCount).toBe(1)
      } finally {
        await db.end()
      }
      await trace.openScanned(uri)
      await expect(trace.verification).toHaveAttribute("data-verified", "false")
      await expect(trace.events).toHaveCount(2)
    })
  })
})
