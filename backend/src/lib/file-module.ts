import { Modules } from "@medusajs/framework/utils"
import type { BackendEnv } from "./env"

/** Files go to an S3-compatible bucket when S3_BUCKET and its companions are set; otherwise to a local folder. */
export function fileModule(env: BackendEnv) {
  const provider = env.S3_BUCKET
    ? {
        resolve: "@medusajs/medusa/file-s3",
        id: "s3",
        options: {
          file_url: env.S3_FILE_URL,
          access_key_id: env.S3_ACCESS_KEY_ID,
          secret_access_key: env.S3_SECRET_ACCESS_KEY,
          region: env.S3_REGION,
          bucket: env.S3_BUCKET,
          // Non-AWS services (MinIO, Cloudflare R2, Viettel or FPT object storage) address buckets by path.
          ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT, additional_client_config: { forcePathStyle: true } } : {}),
        },
      }
    : {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        // Uploads live outside the build folder so a rebuild never loses them.
        options: { upload_dir: env.FILE_UPLOAD_DIR, backend_url: `${env.MEDUSA_BACKEND_URL}/static` },
      }
  return { key: Modules.FILE, resolve: "@medusajs/medusa/file", options: { providers: [provider] } }
}

/** Where stored files are served from: product images must start with it, so only checked uploads are shown. */
export function publicFilesBase(env: Pick<BackendEnv, "S3_BUCKET" | "S3_FILE_URL" | "MEDUSA_BACKEND_URL">): string {
  return `${(env.S3_BUCKET && env.S3_FILE_URL ? env.S3_FILE_URL : `${env.MEDUSA_BACKEND_URL}/static`).replace(/\/+$/, "")}/`
}
