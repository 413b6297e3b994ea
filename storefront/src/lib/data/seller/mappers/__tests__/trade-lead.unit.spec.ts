import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { answerProblem, toSellerTradeLeads } from "../trade-lead"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const older = {
  id: "lead_1",
  created_at: "2026-11-28T02:00:00.000Z",
  status: "answered",
  fair_id: "fair_winter",
  booth_code: "A03",
  product_title: "Cam sành Hàm Yên",
  quantity: "2 tấn mỗi tuần",
  target_market: "Hà Nội",
  company: "Công ty TNHH Trái cây Việt",
  contact_name: "Phạm Minh Tuấn",
  email: "tuan@traicayviet.vn",
  phone: "0912 345 678",
  message: "Xin báo giá cam loại 1.",
  answer: "Chúng tôi giao được 2 tấn mỗi tuần từ tháng 12.",
  answered_at: "2026-11-28T09:30:00.000Z",
}

const newer = {
  id: "lead_2",
  created_at: "2026-11-30T01:00:00.000Z",
  status: "new",
  fair_id: "fair_past",
  booth_code: "B01",
  product_title: null,
  quantity: "500 hộp",
  target_market: "Nhật Bản",
  company: "Kobe Foods",
  contact_name: "Sato Yuki",
  email: "yuki@kobe.example",
  phone: null,
  message: "  Cần mứt cam đóng hộp quà Tết.  ",
  answer: null,
  answered_at: null,
}

void describe("toSellerTradeLeads", () => {
  void it("lists the newest first, names the fair when known and keeps the booth code otherwise", () => {
    const leads = toSellerTradeLeads({ trade_leads: [older, newer] }, new Map([["fair_winter", "Hội chợ OCOP mùa đông"]]), "vi")
    assert.deepEqual(
      leads.map((l) => l.id),
      ["lead_2", "lead_1"]
    )
    const [first, second] = leads
    assert.equal(first?.fairName, null)
    assert.equal(first?.boothCode, "B01")
    assert.equal(first?.productTitle, null)
    assert.equal(first?.message, "Cần mứt cam đóng hộp quà Tết.")
    assert.equal(first?.answered, false)
    assert.equal(first?.answeredLabel, null)
    assert.equal(second?.fairName, "Hội chợ OCOP mùa đông")
    assert.equal(second?.answered, true)
    assert.equal(second?.answer, "Chúng tôi giao được 2 tấn mỗi tuần từ tháng 12.")
    assert.match(second?.answeredLabel ?? "", /28/)
  })

  void it("counts a lead the backend marks answered as answered even without its text", () => {
    const [lead] = toSellerTradeLeads({ trade_leads: [{ ...older, answer: null }] }, new Map(), "en")
    assert.equal(lead?.answered, true)
    assert.equal(lead?.answer, null)
  })
})

void describe("answerProblem", () => {
  void it("asks for 5 to 4000 characters, not counting the spaces around", () => {
    assert.equal(answerProblem("  Có  "), "answerTooShort")
    assert.equal(answerProblem("Được ạ"), null)
    assert.equal(answerProblem("a".repeat(4001)), "answerTooLong")
  })
})
