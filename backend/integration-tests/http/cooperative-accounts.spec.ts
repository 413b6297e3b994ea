import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { failed } from "./fixtures/http"
import { startMailbox } from "./fixtures/smtp"
import { cooperativeApplication, createSellerCooperative, registerSeller, SELLER_PASSWORD, sellerHeaders, signInSeller } from "./fixtures/sellers"

jest.setTimeout(120_000)

// Invitations travel by e-mail only; a real SMTP server receives them (the runner reads the config before its env option).
const SMTP_PORT = Number(process.env.TEST_SMTP_PORT ?? 25250) + 1
process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`
const mailbox = startMailbox(SMTP_PORT)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeAll(() => mailbox.listening)
    afterAll(() => mailbox.close())
    const service = () => getContainer().resolve<CooperativeModuleService>(COOPERATIVE_MODULE)

    describe("POST /cooperative/sellers and /cooperative/cooperatives", () => {
      it("registers a person and a pending cooperative with them as owner", async () => {
        const token = await registerSeller(api, "moi@thunghiem.test", "Trần Thị Mới")
        const { status, data } = await api.post("/cooperative/cooperatives", cooperativeApplication(1, { phone: "+84 358 642 917" }), sellerHeaders(token))
        expect(status).toBe(201)
        expect(data.cooperative).toMatchObject({ status: "pending", handle: "htx-thu-nghiem-1", phone: "0358642917", founded_on: "2018-04-02" })
        const me = await api.get("/cooperative/me", sellerHeaders(token))
        expect(me.data.seller).toMatchObject({ email: "moi@thunghiem.test", full_name: "Trần Thị Mới" })
        expect(me.data.memberships).toEqual([expect.objectContaining({ role: "owner", cooperative: expect.objectContaining({ id: data.cooperative.id, status: "pending" }) })])
        const [change] = await service().listCooperativeStatusChanges({ cooperative_id: data.cooperative.id })
        expect(change).toMatchObject({ to_status: "pending", actor_type: "seller" })
      })

      it("gives a second cooperative with the same short name its own handle", async () => {
        const token = await registerSeller(api, "hai@thunghiem.test")
        const first = await api.post("/cooperative/cooperatives", cooperativeApplication(5, { short_name: "HTX Cam sành" }), sellerHeaders(token))
        const second = await api.post("/cooperative/cooperatives", cooperativeApplication(6, { short_name: "HTX Cam sành" }), sellerHeaders(token))
        expect([first.data.cooperative.handle, second.data.cooperative.handle]).toEqual(["htx-cam-sanh", "htx-cam-sanh-2"])
      })

      it.each([
        [{ phone: "0123 456 789" }, /Phone 0123 456 789 is not a Vietnamese number/],
        [{ province: "Hà Giang" }, /Province must be one of the 34/],
        [{ province: "Hà Nội" }, /Xã Hàm Yên is not a commune, ward or special zone of Hà Nội/],
        [{ registration_number: "12345" }, /Registration number must be 10 digits/],
        [{ email: "not-an-email" }, /E-mail is not a valid address/],
        [{ founded_on: "2999-01-01" }, /Founding date cannot be in the future/],
        [{ status: "approved" }, /status/],
      ])("refuses %o with a message and creates nothing", async (override, message) => {
        const token = await registerSeller(api, "sai@thunghiem.test")
        const error = failed(await api.post("/cooperative/cooperatives", cooperativeApplication(2, override), sellerHeaders(token)).catch((e: unknown) => e))
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(message)
        expect(await service().listCooperatives({ registration_number: "5000900002" })).toHaveLength(0)
      })

      it("refuses a second account for the same e-mail and any call without a seller token", async () => {
        await registerSeller(api, "trung@thunghiem.test")
        const again = failed(await api.post("/auth/seller/emailpass/register", { email: "trung@thunghiem.test", password: SELLER_PASSWORD }).catch((e: unknown) => e))
        expect(again.status).toBeGreaterThanOrEqual(400)
        const anonymous = failed(await api.get("/cooperative/me").catch((e: unknown) => e))
        expect(anonymous.status).toBe(401)
        expect(await service().listSellers({ email: "trung@thunghiem.test" })).toHaveLength(1)
      })
    })

    describe("members, invitations and switching cooperatives", () => {
      it("an owner invites staff; the invitee accepts, works for two cooperatives and switches with the header", async () => {
        const a = await createSellerCooperative(api, getContainer(), 11)
        const b = await createSellerCooperative(api, getContainer(), 12)
        const invited = await api.post("/cooperative/members", { email: b.email, role: "staff" }, a.headers)
        expect(invited.status).toBe(201)
        expect(invited.data.member).toMatchObject({ email: b.email, status: "invited", role: "staff" })
        expect(invited.data.member).not.toHaveProperty("invite_token_hash")

        const mail = await mailbox.waitFor(b.email, "Lời mời tham gia Hợp tác xã Thử nghiệm 11")
        expect(mail.text).toContain("Nguyễn Văn An mời bạn")
        const token = /seller\/invitations\/([\w-]+)/.exec(mail.text ?? "")?.[1] as string
        expect((await api.get(`/cooperative/invitations/${token}`)).data.invitation).toMatchObject({ email: b.email, cooperative: { short_name: "HTX Thử nghiệm 11" } })

        const stranger = await registerSeller(api, "nguoi.la@thunghiem.test")
        const wrongPerson = failed(await api.post(`/cooperative/invitations/${token}/accept`, {}, sellerHeaders(stranger)).catch((e: unknown) => e))
        expect(wrongPerson.status).toBe(403)

        await api.post(`/cooperative/invitations/${token}/accept`, {}, sellerHeaders(b.token))
        const me = await api.get("/cooperative/me", sellerHeaders(b.token))
        expect(me.data.memberships.map((m: { cooperative: { id: string } }) => m.cooperative.id).sort()).toEqual([a.cooperative.id, b.cooperative.id].sort())

        const needsChoice = failed(await api.get("/cooperative/profile", sellerHeaders(b.token)).catch((e: unknown) => e))
        expect(needsChoice.status).toBe(400)
        expect((await api.get("/cooperative/profile", sellerHeaders(b.token, a.cooperative.id))).data.cooperative.id).toBe(a.cooperative.id)
        expect((await api.get("/cooperative/profile", sellerHeaders(b.token, b.cooperative.id))).data.cooperative.id).toBe(b.cooperative.id)

        const usedAgain = failed(await api.post(`/cooperative/invitations/${token}/accept`, {}, sellerHeaders(b.token)).catch((e: unknown) => e))
        expect(usedAgain.status).toBe(404)
      })

      it("staff cannot invite, remove the owner or change bank details; the last owner cannot be removed", async () => {
        const a = await createSellerCooperative(api, getContainer(), 21)
        const staffToken = await registerSeller(api, "nhanvien@thunghiem.test")
        const staffMember = await service().createCooperativeMembers({
          cooperative_id: a.cooperative.id, email: "nhanvien@thunghiem.test", role: "staff", status: "active",
          seller_id: (await service().listSellers({ email: "nhanvien@thunghiem.test" }))[0].id,
        })
        const staff = sellerHeaders(staffToken, a.cooperative.id)
        const members = (await api.get("/cooperative/members", a.headers)).data.members as { id: string; role: string }[]
        const owner = members.find((m) => m.role === "owner")!

        for (const attempt of [
          () => api.post("/cooperative/members", { email: "x@thunghiem.test" }, staff),
          () => api.delete(`/cooperative/members/${owner.id}`, staff),
          () => api.post("/cooperative/profile", { bank_account_number: "0123456789" }, staff),
        ]) {
          expect(failed(await attempt().catch((e: unknown) => e)).status).toBe(403)
        }
        expect((await api.post("/cooperative/profile", { description_en: "Oranges from Hàm Yên." }, staff)).data.cooperative.description_en).toBe("Oranges from Hàm Yên.")

        const lastOwner = failed(await api.delete(`/cooperative/members/${owner.id}`, a.headers).catch((e: unknown) => e))
        expect(lastOwner.status).toBe(400)
        expect(lastOwner.data.message).toMatch(/last owner/)
        await api.delete(`/cooperative/members/${staffMember.id}`, a.headers)
        const after = (await api.get("/cooperative/members", a.headers)).data.members as { id: string }[]
        expect(after.map((m) => m.id)).toEqual([owner.id])
      })
    })

    describe("one cooperative never reaches another", () => {
      it("profile and members of another cooperative are refused with 403 and nothing changes", async () => {
        const a = await createSellerCooperative(api, getContainer(), 31)
        const b = await createSellerCooperative(api, getContainer(), 32)
        const aMembers = (await api.get("/cooperative/members", a.headers)).data.members as { id: string }[]
        const asBInA = sellerHeaders(b.token, a.cooperative.id)
        // One request at a time: a refusal that arrived before its turn would otherwise go unhandled.
        for (const attempt of [
          () => api.get("/cooperative/profile", asBInA),
          () => api.post("/cooperative/profile", { name: "Đã bị đổi" }, asBInA),
          () => api.get("/cooperative/members", asBInA),
          () => api.post("/cooperative/members", { email: "ke.gian@thunghiem.test" }, asBInA),
          () => api.delete(`/cooperative/members/${aMembers[0].id}`, asBInA),
        ]) {
          expect(failed(await attempt().catch((e: unknown) => e)).status).toBe(403)
        }
        // B's own token on A's member id, within B: not found, and A keeps its owner.
        expect(failed(await api.delete(`/cooperative/members/${aMembers[0].id}`, b.headers).catch((e: unknown) => e)).status).toBe(404)
        const aNow = await service().retrieveCooperative(a.cooperative.id, { relations: ["members"] })
        expect(aNow.name).toBe("Hợp tác xã Thử nghiệm 31")
        expect(aNow.members.map((m) => m.id)).toEqual([aMembers[0].id])
      })

      it("a shopper's or an operator's token is not a seller token", async () => {
        const a = await createSellerCooperative(api, getContainer(), 41)
        const password = await signInSeller(api, a.email)
        expect(password).toBeTruthy()
        const { data } = await api.post("/auth/customer/emailpass/register", { email: "khach@thunghiem.test", password: SELLER_PASSWORD })
        const asCustomer = failed(await api.get("/cooperative/profile", sellerHeaders(data.token, a.cooperative.id)).catch((e: unknown) => e))
        expect(asCustomer.status).toBe(401)
      })
    })
  },
})
