/** Products per listing page. */
export const PAGE_SIZE = 12

export type Pagination = {
  page: number
  pageSize: number
  totalPages: number
  offset: number
  hasPrevious: boolean
  hasNext: boolean
}

/** Reads `?page=` leniently: anything but a positive whole number means page 1. */
export function parsePageParam(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!value || !/^\d+$/.test(value)) return 1
  const page = Number(value)
  return Number.isSafeInteger(page) && page >= 1 ? page : 1
}

/** Offset of the first item of a page for the store API's `offset` parameter. */
export function pageOffset(page: number, pageSize: number = PAGE_SIZE): number {
  return (page - 1) * pageSize
}

/** Page maths for a listing of `count` items; an empty listing still has one (empty) page. */
export function paginate(page: number, count: number, pageSize: number = PAGE_SIZE): Pagination {
  const totalPages = Math.max(1, Math.ceil(count / pageSize))
  return {
    page,
    pageSize,
    totalPages,
    offset: pageOffset(page, pageSize),
    hasPrevious: page > 1,
    hasNext: page < totalPages,
  }
}

/** Whether a requested page lies outside the listing (and so should 404). */
export function isPageOutOfRange(pagination: Pagination): boolean {
  return pagination.page > pagination.totalPages
}
