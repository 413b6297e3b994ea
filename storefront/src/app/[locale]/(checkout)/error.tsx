"use client"

// A checkout that fails to load shows the shop's error message inside the shop's header and footer.
export { default } from "../(shop)/error"
