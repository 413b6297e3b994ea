/** Largest photo accepted, in MB; phones save 3–8 MB, so 15 MB leaves room without inviting raw camera files. */
export const MAX_IMAGE_MB = 15

/** Largest photo accepted, in bytes (multer and the pipeline share it). */
export const MAX_IMAGE_BYTES = MAX_IMAGE_MB * 1024 * 1024

/** Largest photo accepted, in megapixels; a 12–24 MP phone photo passes, a decompression bomb does not. */
export const MAX_IMAGE_MEGAPIXELS = 40

/** Largest photo accepted, in pixels, checked from the header before any pixel is decoded. */
export const MAX_IMAGE_PIXELS = MAX_IMAGE_MEGAPIXELS * 1_000_000

/** Most photos one upload request may carry. */
export const MAX_FILES_PER_UPLOAD = 8

/** The formats a phone or a desktop browser sends; anything else is refused. */
export const ACCEPTED_FORMATS = ["jpeg", "png", "webp"] as const

/** One of the accepted formats, as sharp names it. */
export type AcceptedFormat = (typeof ACCEPTED_FORMATS)[number]

/** WebP widths served through srcset: a phone listing, a product page, a wide or high-density screen. */
export const WEBP_WIDTHS = [400, 800, 1600] as const

/** The width whose WebP becomes the product image. */
export const PRIMARY_WIDTH = 800

/** Width of the single JPEG kept for browsers and e-mail clients without WebP. */
export const JPEG_WIDTH = 1600

/** WebP cannot hold an image taller than this; a very tall photo is scaled to fit. */
export const MAX_OUTPUT_HEIGHT = 16383

/** Encoder quality: photos stay sharp on a phone while 800 px WebP stays near 50 KB. */
export const WEBP_QUALITY = 80

/** JPEG quality; with mozjpeg this matches the WebP's look at a size browsers without WebP can afford. */
export const JPEG_QUALITY = 82
