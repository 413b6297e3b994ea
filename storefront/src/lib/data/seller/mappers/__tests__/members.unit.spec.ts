import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { toDashboardView } from "../dashboard"
import { toInvitationView, toMemberViews } from "../members"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

const owner = { id: "m1", email: "Chu@htx.vn", full_name: "Vàng Mí Chứ", role: "owner", status: "active", created_at: "2025-01-02T03:00:00Z" }
const staff = { id: "m2", email: "lan@htx.vn", full_name: null, role: "staff", status: "active", created_at: "2025-02-02T03:00:00Z" }
const invited = { id: "m3", email: "hoa@htx.vn", role: "owner", status: "invited", created_at: "2025-03-02T03:00:00Z" }

void describe("toMemberViews", () => {
  void it("lists owners first, marks the signed-in person, and protects the last active owner", () => {
    const members = toMemberViews({ members: [staff, invited, owner] }, "chu@htx.vn", "vi")
    assert.deepEqual(members.map((m) => m.id), ["m3", "m1", "m2"])
    assert.deepEqual(members.map((m) => m.removable), [true, false, true])
    assert.equal(members.find((m) => m.id === "m1")?.isSelf, true)
  })

  void it("lets an owner go when another active owner remains", () => {
    const second = { ...owner, id: "m4", email: "b@htx.vn" }
    assert.deepEqual(toMemberViews({ members: [owner, second] }, "x@y.vn", "vi").map((m) => m.removable), [true, true])
  })
})

void describe("toInvitationView", () => {
  void it("names the cooperative and the role", () => {
    const view = toInvitationView({ invitation: { email: "hoa@htx.vn", role: "staff", cooperative: { name: "HTX Cam sành", short_name: null }, expires_at: "2025-11-30T00:00:00Z" } }, "vi")
    assert.deepEqual([view.cooperativeName, view.role, view.cooperativeShortName], ["HTX Cam sành", "staff", null])
    assert.notEqual(view.expiresLabel, null)
  })
})

void describe("toDashboardView", () => {
  void it("orders the checklist the portal's way, drops unknown steps and lists the lowest stock first", () => {
    const view = toDashboardView({
      orders_to_handle: 3,
      low_stock: [
        { product_id: "p1", variant_id: "v1", product_title: "Chè", variant_title: "100 g", sku: null, stocked_quantity: 4 },
        { product_id: "p2", variant_id: "v2", product_title: "Mật ong", variant_title: null, sku: "MO-1", stocked_quantity: 0 },
      ],
      checklist: [
        { key: "approved", done: false },
        { key: "training", done: false },
        { key: "profile", done: true },
      ],
    })
    assert.equal(view.ordersToHandle, 3)
    assert.deepEqual(view.lowStock.map((row) => row.variantId), ["v2", "v1"])
    assert.deepEqual(view.checklist, [
      { key: "profile", done: true },
      { key: "approved", done: false },
    ])
  })
})
