import sharp from "sharp"
import { ACCEPTED_FORMATS, type AcceptedFormat, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from "./image-limits"
import { ImageRefusedError, imageMessages } from "./image-messages"

/** One uploaded file: the name the uploader gave it (only quoted back in errors) and its bytes. */
export type ImageUpload = { filename: string; content: Buffer }

/** What the header of an accepted photo says, before any pixel is decoded. */
export type ImageHeader = { format: AcceptedFormat; width: number; height: number }

const refuse = (message: string) => new ImageRefusedError(message)

/** Checks size, real format (from the bytes, never the name) and pixel count; throws ImageRefusedError with a sentence otherwise. */
export async function inspectImage({ filename, content }: ImageUpload): Promise<ImageHeader> {
  if (content.length === 0) throw refuse(imageMessages.empty(filename))
  if (content.length > MAX_IMAGE_BYTES) throw refuse(imageMessages.tooLarge(filename))
  let metadata: sharp.Metadata
  try {
    // Only the header is read; sharp compares its declared size with the limit before any pixel is decoded.
    metadata = await sharp(content, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata()
  } catch (error) {
    throw refuse(refusalFor(error, filename, content))
  }
  const format = ACCEPTED_FORMATS.find((f) => f === metadata.format)
  if (!format) throw refuse(imageMessages.notAnImage(filename))
  const { width, height } = metadata
  if (!width || !height) throw refuse(imageMessages.damaged(filename))
  if (width * height > MAX_IMAGE_PIXELS) throw refuse(imageMessages.tooManyPixels(filename))
  return { format, width, height }
}

function refusalFor(error: unknown, filename: string, content: Buffer): string {
  if (error instanceof Error && /pixel limit/i.test(error.message)) return imageMessages.tooManyPixels(filename)
  return looksLikeAcceptedFormat(content) ? imageMessages.damaged(filename) : imageMessages.notAnImage(filename)
}

// Only chooses the wording of a refusal: a JPEG/PNG/WebP signature whose header sharp cannot parse is a damaged file.
function looksLikeAcceptedFormat(bytes: Buffer): boolean {
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  const webp = bytes.toString("latin1", 0, 4) === "RIFF" && bytes.toString("latin1", 8, 12) === "WEBP"
  return jpeg || png || webp
}
