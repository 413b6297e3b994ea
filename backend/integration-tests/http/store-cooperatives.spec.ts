import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failed } from "./fixtures/http"
import { PRIVATE_DETAILS, seedDirectory } from "./fixtures/marketplace"

jest.setTimeout(120 * 1000)

type Listed = { handle: string; name: string; commune: string; province: string; kind: string; sectors: string[]; product_count: number }
type Facet = { value: string; count: number }
type Directory = { cooperatives: Listed[]; count: number; limit: number; offset: number; facets: Record<"communes" | "sectors" | "kinds", Facet[]> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof seedDirectory>>
    let headers: Record<string, string>

    beforeAll(async () => {
      market = await seedDirectory(getContainer())
      headers = { "x-publishable-api-key": market.publishableKey }
    })

    const list = async (query = ""): Promise<Directory> => (await api.get(`/store/cooperatives${query}`, { headers })).data
    const handles = (directory: Directory) => directory.cooperatives.map((c) => c.handle)
    const hidden = () => [market.pending, market.rejected, market.suspended]

    describe("GET /store/cooperatives", () => {
      it("lists approved cooperatives only, by name, with how many products each sells", async () => {
        const directory = await list("?limit=100")
        expect(directory.count).toBe(market.listed.length)
        expect(handles(directory).sort()).toEqual(market.listed.map((c) => c.handle).sort())
        for (const coop of hidden()) expect(handles(directory)).not.toContain(coop.handle)
        expect(directory.cooperatives.map((c) => c.name)).toEqual(market.listed.map((c) => c.name).sort((a, b) => a.localeCompare(b, "vi")))
        const sellers = new Map(market.approved.map((c) => [c.handle, market.seeds.filter((s) => s.cooperativeId === c.id).length]))
        for (const coop of directory.cooperatives) expect(coop.product_count).toBe(sellers.get(coop.handle) ?? 0)
        expect(directory.cooperatives.find((c) => c.handle === market.approved[0].handle)?.product_count).toBeGreaterThan(0)
      })

      it("never shows a pending, rejected or suspended cooperative, not even by its handle", async () => {
        for (const coop of hidden()) {
          expect((await list(`?q=${encodeURIComponent(coop.name)}`)).cooperatives.map((c) => c.handle)).not.toContain(coop.handle)
          const profile = await api.get(`/store/cooperatives/${coop.handle}`, { headers }).catch(failed)
          expect(profile.status).toBe(404)
        }
        expect((await list(`?commune=${encodeURIComponent(market.rejected.commune)}`)).count).toBe(0)
      })

      it("finds a cooperative typed without diacritics, in any case, by name, short name or commune", async () => {
        expect(handles(await list("?q=ham%20yen"))).toEqual(["htx-cam-sanh-ham-yen"])
        expect(handles(await list("?q=HAM%20YEN"))).toEqual(["htx-cam-sanh-ham-yen"])
        // đ is not a letter with a mark, so it must be folded on its own.
        expect(handles(await list("?q=dong%20van"))).toEqual(["htx-tam-giac-mach-dong-van"])
        expect(handles(await list(`?q=${encodeURIComponent("Đồng Văn")}`))).toEqual(["htx-tam-giac-mach-dong-van"])
        // Decomposed input (as some phone keyboards send it) matches the composed names stored.
        expect(handles(await list(`?q=${encodeURIComponent("Lùng Tám".normalize("NFD"))}`))).toEqual(["tht-det-lanh-lung-tam"])
        expect(handles(await list("?q=lien%20hiep"))).toEqual(["lh-htx-nong-san-tuyen-quang"])
        expect((await list("?q=tan%20cuong")).cooperatives[0]?.handle).toBe(market.thaiNguyen.handle)
      })

      it("reads the words of a search apart and treats regular-expression characters as text", async () => {
        expect(handles(await list("?q=yen%20cam"))).toEqual(["htx-cam-sanh-ham-yen"])
        for (const q of [".*", "(", "[a", "\\", "%_%"]) {
          const res = await api.get(`/store/cooperatives?q=${encodeURIComponent(q)}`, { headers })
          expect(res.status).toBe(200)
          expect(res.data.count).toBe(0)
        }
      })

      it("filters by province, commune, sector and kind", async () => {
        const thai = await list(`?province=${encodeURIComponent("Thái Nguyên")}`)
        expect(handles(thai)).toEqual([market.thaiNguyen.handle])
        const tuyen = await list(`?province=${encodeURIComponent("Tuyên Quang".normalize("NFD"))}&limit=100`)
        expect(tuyen.count).toBe(market.listed.length - 1)
        expect(tuyen.cooperatives.every((c) => c.province === "Tuyên Quang")).toBe(true)

        expect(handles(await list(`?commune=${encodeURIComponent("Xã Mèo Vạc")}`))).toEqual(["htx-mat-ong-bac-ha-meo-vac"])

        const honey = await list(`?sector=${encodeURIComponent("mật ong")}`)
        expect(honey.count).toBe(3)
        expect(honey.cooperatives.every((c) => c.sectors.includes("mật ong"))).toBe(true)

        expect(handles(await list("?kind=cooperative_group"))).toEqual(["tht-det-lanh-lung-tam"])
        expect(handles(await list("?kind=cooperative_union"))).toEqual(["lh-htx-nong-san-tuyen-quang"])
        expect(handles(await list(`?kind=cooperative&sector=${encodeURIComponent("tam giác mạch")}&q=dong`))).toEqual([
          "htx-tam-giac-mach-dong-van",
        ])
      })

      it("ignores the empty fields a search form sends", async () => {
        const directory = await list("?q=&province=&commune=&sector=&kind=&limit=100")
        expect(directory.count).toBe(market.listed.length)
      })

      it("pages with limit and offset, counting every match", async () => {
        const all = handles(await list("?limit=100"))
        const seen: string[] = []
        for (let offset = 0; offset < all.length; offset += 3) {
          const page = await list(`?limit=3&offset=${offset}`)
          expect(page).toMatchObject({ count: all.length, limit: 3, offset })
          expect(page.cooperatives.length).toBeLessThanOrEqual(3)
          seen.push(...handles(page))
        }
        expect(seen).toEqual(all)
        expect((await list(`?offset=${all.length}`)).cooperatives).toEqual([])
        expect(await list()).toMatchObject({ limit: 20, offset: 0 })
      })

      it("counts communes, sectors and kinds over approved cooperatives, whatever the filters", async () => {
        const { facets } = await list("?kind=cooperative_union&limit=1")
        expect(facets.kinds).toEqual([
          { value: "cooperative", count: market.listed.length - 2 },
          { value: "cooperative_group", count: 1 },
          { value: "cooperative_union", count: 1 },
        ])
        expect(facets.communes.map((f) => f.value).sort()).toEqual([...new Set(market.listed.map((c) => c.commune))].sort())
        expect(facets.communes.every((f) => f.count === 1)).toBe(true)
        for (const coop of hidden()) expect(facets.communes.map((f) => f.value)).not.toContain(coop.commune)
        expect(facets.sectors).toEqual(expect.arrayContaining([{ value: "mật ong", count: 3 }, { value: "tam giác mạch", count: 2 }, { value: "chè", count: 2 }]))
        expect(facets.sectors.map((f) => f.value)).not.toContain("vịt bầu")
      })

      it("answers 400 with a message for a bad or unknown parameter", async () => {
        const cases: [string, RegExp][] = [
          ["?limit=0", /'limit' too small, expected at least: '1'/],
          ["?limit=101", /'limit' too big, expected at most: '100'/],
          ["?limit=lots", /'number' for field 'limit'/],
          ["?offset=-1", /'offset' too small/],
          ["?kind=company", /'cooperative, cooperative_group, cooperative_union' for field 'kind'/],
          [`?province=${encodeURIComponent("Hà Tây")}`, /Tuyên Quang.*for field 'province', but got: 'Hà Tây'/],
          [`?q=${"a".repeat(101)}`, /'q' too big, expected at most: '100'/],
          ["?status=pending", /Unrecognized fields: 'status'/],
          ["?fields=bank_account_number", /Unrecognized fields: 'fields'/],
        ]
        for (const [query, message] of cases) {
          const res = await api.get(`/store/cooperatives${query}`, { headers }).catch(failed)
          expect([query, res.status, res.data.message]).toEqual([query, 400, expect.stringMatching(message)])
        }
      })

      it("sends no private field: no bank details, member e-mails, status or reasons", async () => {
        const res = await api.get("/store/cooperatives?limit=100", { headers })
        const profile = await api.get(`/store/cooperatives/${market.approved[0].handle}`, { headers })
        for (const body of [JSON.stringify(res.data), JSON.stringify(profile.data)]) {
          for (const secret of [PRIVATE_DETAILS.bank_account_number, PRIVATE_DETAILS.bank_account_holder, PRIVATE_DETAILS.member_email, PRIVATE_DETAILS.status_reason])
            expect(body).not.toContain(secret)
          for (const key of ["bank_bin", "bank_account_number", "bank_account_holder", "status", "status_reason", "members", "created_at"])
            expect(body).not.toContain(`"${key}"`)
        }
      })
    })

    describe("GET /store/products?fields=*cooperative", () => {
      it("carries the seller's legal identity (name, address, phone, registration number) and nothing private", async () => {
        const coop = market.approved[0]
        const seed = market.seeds.find((s) => s.cooperativeId === coop.id)!
        const res = await api.get(`/store/products?handle=${seed.product.handle}&fields=id,*cooperative`, { headers })
        const seller = res.data.products[0].cooperative
        expect(seller).toMatchObject({
          name: coop.name,
          street: coop.street,
          commune: coop.commune,
          province: coop.province,
          phone: coop.phone,
          registration_number: coop.registration_number,
        })
        expect(JSON.stringify(seller)).not.toContain(PRIVATE_DETAILS.bank_account_number)
        expect(seller).not.toHaveProperty("status")
      })
    })

    describe("GET /store/cooperatives/:handle", () => {
      it("shows the identity, address, contact and founding date a shopper may check", async () => {
        const coop = market.approved[1]
        const res = await api.get(`/store/cooperatives/${coop.handle}`, { headers })
        expect(res.data.cooperative).toMatchObject({
          name: coop.name,
          kind: coop.kind,
          street: coop.street,
          commune: coop.commune,
          province: coop.province,
          phone: coop.phone,
          email: coop.email,
          registration_number: coop.registration_number,
          legal_representative: coop.legal_representative,
          member_count: coop.member_count,
          sectors: coop.sectors,
        })
        expect(new Date(res.data.cooperative.founded_on).toISOString()).toBe(new Date(coop.founded_on!).toISOString())
      })
    })
  },
})
