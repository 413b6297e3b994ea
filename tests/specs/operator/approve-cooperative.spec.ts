import { expect, test } from "@playwright/test"
import { AdminCooperativesPage } from "../../fixtures/admin-cooperatives-page"
import { AdminPage } from "../../fixtures/admin-page"
import { operatorLogin } from "../../fixtures/demo-logins"

/** The demo seed's cooperative that registers but is not yet approved. */
const PENDING_HANDLE = "htx-dan-lat-moi-xuan-van"

// Both Playwright projects (phone, desktop) share one seeded database: the first one approves the
// cooperative, so the next finds it approved and takes it through suspend → approve instead.
test.describe("an operator of Sở Công Thương reviews cooperatives in the Medusa admin", () => {
  test.beforeEach(async ({ page }) => {
    expect(await new AdminPage(page).signIn(operatorLogin.email, operatorLogin.password)).toBe(200)
  })

  test("finds the registration in the pending queue, cannot reject it without a reason, and approves it", async ({ page }) => {
    const coops = new AdminCooperativesPage(page)
    await coops.openList()
    await coops.expectShowing("pending")
    await expect(coops.statusFilter).toHaveAttribute("data-value", "pending")
    expect((await coops.rowStatuses()).filter((s) => s !== "pending")).toEqual([])

    let row = await coops.findRow(PENDING_HANDLE)
    const inQueue = row !== null
    if (!row) {
      await coops.filterStatus("all")
      row = await coops.findRow(PENDING_HANDLE)
    }
    expect(row, `${PENDING_HANDLE} is in the demo seed`).not.toBeNull()
    await coops.openRow(row!)
    const status = await coops.currentStatus()
    // A pending cooperative that the queue did not list would be a bug, not an earlier run.
    expect(status === "pending").toBe(inQueue)
    expect(status, "a rejected registration cannot be approved; reseed the database").not.toBe("rejected")
    let history = await coops.historyItems.count()

    if (status === "pending") {
      await test.step("a reject without a real reason is refused and changes nothing", async () => {
        await expect(coops.approve).toBeVisible()
        await expect(coops.suspend).toHaveCount(0)
        await coops.reject.click()
        await coops.reasonConfirm.click()
        await expect(coops.reasonError).toBeVisible()
        await coops.reasonInput.fill("abc")
        await coops.reasonConfirm.click()
        await expect(coops.reasonError).toBeVisible()
        await coops.reasonCancel.click()
        await expect(coops.reasonInput).toHaveCount(0)
        await coops.reload()
        await expect(coops.status).toHaveAttribute("data-status", "pending")
        await expect(coops.historyItems).toHaveCount(history)
      })
    }

    if (status === "approved") {
      await test.step("an approved cooperative is first suspended, with a reason", async () => {
        await coops.giveReason("suspend", "Hồ sơ cần bổ sung giấy phép (e2e)")
        await expect(coops.status).toHaveAttribute("data-status", "suspended")
        await expect(coops.historyItems).toHaveCount(history + 1)
        await expect(coops.historyItems.first()).toHaveAttribute("data-to-status", "suspended")
        history += 1
      })
    }

    await test.step("approve", async () => {
      await coops.approve.click()
      await expect(coops.status).toHaveAttribute("data-status", "approved")
      await expect(coops.historyItems).toHaveCount(history + 1)
      await expect(coops.historyItems.first()).toHaveAttribute("data-to-status", "approved")
      await expect(coops.approve).toHaveCount(0)
      await expect(coops.suspend).toBeVisible()
      await coops.reload()
      await expect(coops.status).toHaveAttribute("data-status", "approved")
    })
  })

  test("a suspension without a reason is refused", async ({ page }) => {
    const coops = new AdminCooperativesPage(page)
    await coops.openList()
    await coops.expectShowing("pending")
    await coops.filterStatus("approved")
    await coops.openRow(coops.rows.first())
    await expect(coops.status).toHaveAttribute("data-status", "approved")
    const history = await coops.historyItems.count()

    await coops.giveReason("suspend", "")
    await expect(coops.reasonError).toBeVisible()
    await coops.reasonInput.fill("    ")
    await coops.reasonConfirm.click()
    await expect(coops.reasonError).toBeVisible()
    await coops.reasonCancel.click()

    await coops.reload()
    await expect(coops.status).toHaveAttribute("data-status", "approved")
    await expect(coops.historyItems).toHaveCount(history)
  })
})
