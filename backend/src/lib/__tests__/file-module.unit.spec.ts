import { parseEnv } from "../env"
import { fileModule } from "../file-module"

const base = { DATABASE_URL: "postgres://u:p@localhost:5432/htx_market" }
const s3 = {
  S3_BUCKET: "htx-market",
  S3_REGION: "ap-southeast-1",
  S3_ACCESS_KEY_ID: "key-id",
  S3_SECRET_ACCESS_KEY: "secret",
  S3_FILE_URL: "https://cdn.htx-market.vn",
}

const providerOf = (env: Record<string, string>) => fileModule(parseEnv({ ...base, ...env })).options.providers[0]!

describe("file storage", () => {
  it("keeps files in a local folder by default", () => {
    expect(providerOf({ FILE_UPLOAD_DIR: "/srv/uploads" })).toMatchObject({ id: "local", options: { upload_dir: "/srv/uploads" } })
  })

  it("uses the S3 provider when a bucket is configured, path-style for a non-AWS endpoint", () => {
    expect(providerOf(s3)).toMatchObject({ id: "s3", resolve: "@medusajs/medusa/file-s3", options: { bucket: "htx-market", file_url: "https://cdn.htx-market.vn" } })
    expect(providerOf(s3).options).not.toHaveProperty("endpoint")
    expect(providerOf({ ...s3, S3_ENDPOINT: "https://s3.example.vn" }).options).toMatchObject({
      endpoint: "https://s3.example.vn",
      additional_client_config: { forcePathStyle: true },
    })
  })

  it("stops start-up when the S3 settings are incomplete, naming what is missing", () => {
    const { S3_SECRET_ACCESS_KEY: _secret, S3_FILE_URL: _url, ...partial } = s3
    expect(() => parseEnv({ ...base, ...partial })).toThrow(/S3_SECRET_ACCESS_KEY, S3_FILE_URL missing/)
  })
})
