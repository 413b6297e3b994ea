// Phone photos are 3–10 MB; a server action takes at most 1 MB by default, and mobile data is dear. Large
// photos are re-encoded in the browser first (the backend re-encodes them again and strips metadata anyway).
const TARGET_BYTES = 900 * 1024
const ATTEMPTS: [maxEdge: number, quality: number][] = [
  [2048, 0.85],
  [1600, 0.8],
  [1280, 0.75],
]

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", quality))
}

function jpegName(name: string): string {
  return `${name.replace(/\.[^.]+$/, "") || "photo"}.jpg`
}

/** A photo small enough to upload: the file itself when it already is, else a JPEG of at most 2048 px. */
export async function shrinkImage(file: File): Promise<File> {
  if (file.size <= TARGET_BYTES || typeof createImageBitmap !== "function") return file
  try {
    // Browsers apply the photo's EXIF orientation here, so portrait shots stay upright.
    const bitmap = await createImageBitmap(file)
    let smallest: Blob | null = null
    for (const [maxEdge, quality] of ATTEMPTS) {
      const scale = Math.min(1, maxEdge / Math.max(bitmap.width, bitmap.height))
      const canvas = document.createElement("canvas")
      canvas.width = Math.round(bitmap.width * scale)
      canvas.height = Math.round(bitmap.height * scale)
      const context = canvas.getContext("2d")
      if (!context) return file
      // JPEG has no transparency: a transparent PNG gets a white background rather than black.
      context.fillStyle = "#ffffff"
      context.fillRect(0, 0, canvas.width, canvas.height)
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
      smallest = await toBlob(canvas, quality)
      if (smallest && smallest.size <= TARGET_BYTES) break
    }
    bitmap.close()
    return smallest ? new File([smallest], jpegName(file.name), { type: "image/jpeg" }) : file
  } catch {
    return file
  }
}
