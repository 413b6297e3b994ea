import { expect, test } from "@playwright/test"
import { camSanhHamYen } from "../../../backend/src/scripts/demo-data/cooperatives/cam-sanh-ham-yen"
import { AdminFairPage } from "../../fixtures/admin-fair-page"
import { AdminPage, backendUrl } from "../../fixtures/admin-page"
import { operatorLogin } from "../../fixtures/demo-logins"

/** A day in Việt Nam (UTC+7) this many days from now, with a time, as the form's `datetime-local` fields take it. */
function vietnamTime(offsetDays: number, time: string): string {
  return `${new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)}T${time}`
}

// Each run (and each device) creates its own fair under a fresh name and slug, and archives it at the end, so the
// storefront's fairs and the other specs see the demo seed as it was.
test.describe("an operator of Sở Công Thương runs a trade fair in the Medusa admin", () => {
  test.beforeEach(async ({ page }) => {
    expect(await new AdminPage(page).signIn(operatorLogin.email, operatorLogin.password)).toBe(200)
  })

  test("creates a fair at a venue, takes applications, approves an invited cooperative's booth, publishes it and reads its report", async ({ page }, testInfo) => {
    test.setTimeout(120_000)
    const run = `${testInfo.project.name}-${Date.now().toString(36)}`
    const name = `Hội chợ nông sản e2e ${run}`
    const slug = `hoi-cho-e2e-${run}`
    const fairs = new AdminFairPage(page)
    const cooperative = camSanhHamYen.name

    await test.step("a fair at a venue without its venue is refused, with the backend's reason beside the form", async () => {
      await fairs.openList()
      await fairs.fillNewFair({
        name_vi: name,
        name_en: `Farm produce fair e2e ${run}`,
        slug,
        organiser: "Sở Công Thương tỉnh Tuyên Quang",
        kind: "venue",
        starts_at: vietnamTime(60, "08:00"),
        ends_at: vietnamTime(62, "17:00"),
        application_deadline: vietnamTime(50, "17:00"),
      })
      await fairs.submitNewFair()
      await expect(fairs.formError).toContainText("venue_name")
      await expect(fairs.fieldMarked("venue_name")).toHaveAttribute("data-invalid", "true")
      await expect(fairs.detail).toHaveCount(0)
    })

    await test.step("with its venue it is saved as a draft and opens on its own page", async () => {
      await fairs.field("venue_name").fill("Quảng trường Nguyễn Tất Thành")
      await fairs.field("venue_address").fill("Phường Minh Xuân, tỉnh Tuyên Quang")
      await fairs.submitNewFair()
      await expect(fairs.detail).toHaveAttribute("data-slug", slug)
      await fairs.expectFair("draft", "draft")
      await expect(fairs.action("back_to_draft")).toHaveCount(0)
    })

    await test.step("open applications", async () => {
      await fairs.changeStatus("open_applications")
      await fairs.expectFair("open", "open")
      await expect(fairs.action("open_applications")).toHaveCount(0)
      await expect(fairs.action("publish")).toBeVisible()
    })

    await test.step("invite an approved cooperative and approve its booth with a code", async () => {
      await fairs.invite(cooperative)
      await expect(fairs.booth(cooperative)).toHaveAttribute("data-status", "invited")
      await fairs.approve(cooperative, "a07")
      await expect(fairs.booth(cooperative)).toHaveAttribute("data-status", "approved")
      await expect(fairs.booth(cooperative)).toHaveAttribute("data-code", "A07")
      await expect(fairs.booth(cooperative).getByTestId("fair-booth-approve")).toHaveCount(0)
    })

    await test.step("the approved booth's poster is a PDF", async () => {
      const href = await fairs.booth(cooperative).getByTestId("fair-booth-poster").getAttribute("href")
      const poster = await page.request.get(new URL(href ?? "", backendUrl).toString())
      expect(poster.status()).toBe(200)
      expect((await poster.body()).subarray(0, 5).toString()).toBe("%PDF-")
    })

    await test.step("publish: the fair is upcoming, the booth still approved after a reload", async () => {
      await fairs.changeStatus("publish")
      await fairs.expectFair("published", "upcoming")
      await fairs.reload()
      await fairs.expectFair("published", "upcoming")
      await expect(fairs.booth(cooperative)).toHaveAttribute("data-status", "approved")
    })

    await test.step("the report shows its totals, its charts and a CSV", async () => {
      for (const figure of ["visits", "orders", "revenue", "leads"]) {
        await expect(fairs.report.getByTestId(`fair-total-${figure}`)).toHaveAttribute("data-value", "0")
      }
      // Every day of the fair is on the daily chart; the one approved booth on the revenue chart.
      await expect(fairs.dailyChart).toHaveAttribute("data-days", "3")
      await expect(fairs.dailyChart.getByRole("application")).toBeVisible()
      await expect(fairs.boothChart).toHaveAttribute("data-booths", "1")
      await expect(fairs.boothChart.getByRole("application")).toBeVisible()
      const csv = await page.request.get(new URL((await fairs.csvLink.getAttribute("href")) ?? "", backendUrl).toString())
      expect(csv.status()).toBe(200)
      expect(csv.headers()["content-type"]).toContain("text/csv")
      expect(await csv.text()).toContain("A07")
    })

    await test.step("the list shows the fair published and upcoming", async () => {
      await fairs.openList()
      await expect(fairs.row(slug)).toHaveAttribute("data-status", "published")
      await expect(fairs.row(slug)).toHaveAttribute("data-phase", "upcoming")
    })

    await test.step("archiving takes it off the storefront again", async () => {
      await fairs.row(slug).getByTestId("fair-row-link").click()
      await fairs.changeStatus("archive")
      await fairs.expectFair("archived", "archived")
      await expect(fairs.action("publish")).toHaveCount(0)
    })
  })
})
