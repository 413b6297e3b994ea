import { type Browser, expect, type Page, test } from "@playwright/test"
import { PDFDocument, StandardFonts } from "pdf-lib"
import { demoCooperatives } from "../../../backend/src/scripts/demo-data/cooperatives"
import { camSanhHamYen } from "../../../backend/src/scripts/demo-data/cooperatives/cam-sanh-ham-yen"
import { planOcopCertificates } from "../../../backend/src/scripts/demo-data/ocop-certificates"
import { AdminOcopPage } from "../../fixtures/admin-ocop-page"
import { AdminPage } from "../../fixtures/admin-page"
import { demoLogins, operatorLogin } from "../../fixtures/demo-logins"
import { SellerAuthPage } from "../../fixtures/seller-auth-page"
import { SellerOcopPage } from "../../fixtures/seller-ocop-page"

const orangeLogin = demoLogins.find((l) => l.cooperative_handle === camSanhHamYen.handle)!

function vietnamDay(offsetDays = 0): string {
  return new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)
}

/** The cooperative's product with the fewest stars in the demo seed, so a new 5★ certificate changes what shoppers see. */
function leastCertifiedProduct() {
  const verified = planOcopCertificates(demoCooperatives, vietnamDay()).filter((p) => p.status === "verified")
  const starsOf = (handle: string) => Math.max(0, ...verified.filter((p) => p.product_handles.includes(handle)).map((p) => p.stars))
  return [...camSanhHamYen.products].sort((a, b) => starsOf(a.handle) - starsOf(b.handle))[0]!
}

/** A one-page scan; the PDF standard font has no Vietnamese letters, so the text stays plain ASCII. */
async function scanPdf(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  const page = pdf.addPage([595.28, 841.89])
  page.drawText(text, { x: 72, y: 760, size: 14, font: await pdf.embedFont(StandardFonts.Helvetica) })
  return Buffer.from(await pdf.save())
}

async function personPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ ...test.info().project.use })).newPage()
}

test.describe("an OCOP certificate from submission to the shop", () => {
  test("a cooperative submits a 5★ certificate with its scan, an operator verifies it, and shoppers see the badge", async ({ browser }) => {
    test.setTimeout(180_000)
    const product = leastCertifiedProduct()
    const decision = `${Date.now().toString().slice(-6)}/QĐ-BNN`

    const shopper = await personPage(browser)
    const badge = shopper.getByTestId("product-ocop").getByTestId("ocop-badge")
    await test.step("before: the product page shows no 5★ badge", async () => {
      await shopper.goto(`/products/${product.handle}`)
      await expect(shopper.getByTestId("product-title")).toBeVisible()
      if ((await badge.count()) > 0) await expect(badge).not.toHaveAttribute("data-stars", "5")
    })

    const seller = await personPage(browser)
    await test.step("the cooperative submits the certificate from its phone, with the scanned decision", async () => {
      await new SellerAuthPage(seller).login(orangeLogin.email, orangeLogin.password)
      const ocop = new SellerOcopPage(seller)
      await ocop.gotoList()
      await ocop.submit({
        productTitle: product.title_vi,
        stars: 5,
        productSet: 1,
        authority: "Bộ Nông nghiệp và Môi trường",
        decision,
        issuedOn: vietnamDay(-10),
        scan: { name: "quyet-dinh-ocop.pdf", mimeType: "application/pdf", buffer: await scanPdf(`OCOP certificate ${decision.replace("Đ", "D")}`) },
      })
    })

    await test.step("an operator opens it in the admin, reads the scan and verifies it", async () => {
      const operator = await personPage(browser)
      expect(await new AdminPage(operator).signIn(operatorLogin.email, operatorLogin.password)).toBe(200)
      const admin = new AdminOcopPage(operator)
      await admin.openQueue()
      await admin.open(decision)
      await expect(admin.status).toHaveAttribute("data-status", "submitted")
      const scan = await operator.request.get((await admin.documentLink.getAttribute("href"))!)
      expect(scan.status()).toBe(200)
      expect((await scan.body()).subarray(0, 5).toString()).toBe("%PDF-")
      await admin.verify()
      await operator.context().close()
    })

    await test.step("the cooperative sees it verified; shoppers see the 5★ badge on the product page", async () => {
      await new SellerOcopPage(seller).gotoList()
      await expect(new SellerOcopPage(seller).row(decision)).toHaveAttribute("data-status", "verified")
      // The storefront keeps badges for up to 30 seconds.
      await expect(async () => {
        await shopper.goto(`/products/${product.handle}`)
        await expect(badge).toHaveAttribute("data-stars", "5", { timeout: 1000 })
      }).toPass({ timeout: 60_000, intervals: [2000, 5000] })
    })
  })
})
