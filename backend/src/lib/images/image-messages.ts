import { MAX_FILES_PER_UPLOAD, MAX_IMAGE_MB, MAX_IMAGE_MEGAPIXELS } from "./image-limits"

const MAX_NAME_LENGTH = 80

/** The uploader's file name made safe to quote back: no folders, no control characters, not too long. */
export function displayName(filename: string | undefined): string {
  const base = (filename ?? "").split(/[/\\]/).pop() ?? ""
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").replace(/\s+/g, " ").trim()
  if (!clean) return "The photo"
  return clean.length > MAX_NAME_LENGTH ? `${clean.slice(0, MAX_NAME_LENGTH - 1)}…` : clean
}

/** Sentences a seller reads when an upload is refused, each naming the file at fault. */
export const imageMessages = {
  empty: (name: string) => `${displayName(name)} is empty.`,
  tooLarge: (name?: string) => `${displayName(name)} is larger than ${MAX_IMAGE_MB} MB.`,
  notAnImage: (name: string) => `${displayName(name)} is not a JPEG, PNG or WebP image.`,
  tooManyPixels: (name: string) => `${displayName(name)} has more than ${MAX_IMAGE_MEGAPIXELS} megapixels.`,
  damaged: (name: string) => `${displayName(name)} is damaged or incomplete and could not be read.`,
  noFiles: () => `Choose at least one photo to upload in the "files" field.`,
  tooManyFiles: () => `Upload at most ${MAX_FILES_PER_UPLOAD} photos at a time.`,
  wrongField: (field: string) => `Photos must be sent in the "files" field, not "${displayName(field)}".`,
}

/** A photo refused for what it is (format, size, pixels, damage); the message is the sentence to show the seller. */
export class ImageRefusedError extends Error {
  override name = "ImageRefusedError"
}
