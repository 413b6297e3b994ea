import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { toSellerContext } from "../context"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

function me(memberships: unknown[]) {
  return {
    seller: { id: "seller_1", email: "chelungphin@htx-market.vn", full_name: "Vàng Mí Chứ", phone: null },
    memberships,
  }
}

const tea = {
  id: "mem_1",
  role: "owner",
  cooperative: { id: "coop_tea", handle: "htx-che", name: "Hợp tác xã Chè Shan tuyết Lũng Phìn", short_name: "HTX Chè Lũng Phìn", status: "approved", status_reason: null },
}
const orange = {
  id: "mem_2",
  role: "staff",
  cooperative: { id: "coop_cam", handle: "htx-cam", name: "Hợp tác xã Cam sành Hàm Yên", short_name: "", status: "rejected", status_reason: "Thiếu giấy chứng nhận." },
}

void describe("toSellerContext", () => {
  void it("opens the remembered cooperative when the person still belongs to it", () => {
    const context = toSellerContext(me([tea, orange]), "coop_cam")
    assert.equal(context.active?.cooperativeId, "coop_cam")
    assert.equal(context.active?.role, "staff")
    assert.equal(context.active?.shortName, null)
    assert.equal(context.active?.statusReason, "Thiếu giấy chứng nhận.")
    assert.equal(context.person.fullName, "Vàng Mí Chứ")
  })

  void it("falls back to the first cooperative for a stale or missing cookie", () => {
    assert.equal(toSellerContext(me([tea, orange]), "coop_gone")?.active?.cooperativeId, "coop_tea")
    assert.equal(toSellerContext(me([tea]), undefined)?.active?.cooperativeId, "coop_tea")
  })

  void it("has no active cooperative for a person without memberships", () => {
    const context = toSellerContext({ seller: { id: "s", email: "a@b.vn" } }, undefined)
    assert.equal(context.active, null)
    assert.deepEqual(context.memberships, [])
    assert.equal(context.person.fullName, "a@b.vn")
  })

  void it("reads a status it does not know as pending and an unknown role as staff", () => {
    const odd = { ...tea, role: "admin", cooperative: { ...tea.cooperative, status: "archived" } }
    const context = toSellerContext(me([odd]), undefined)
    assert.equal(context.active?.role, "staff")
    assert.equal(context.active?.status, "pending")
  })

  void it("fails with the route's name when the answer is not the contract's", () => {
    assert.throws(() => toSellerContext({ memberships: [] }, undefined), /GET \/cooperative\/me.*seller/)
  })
})
