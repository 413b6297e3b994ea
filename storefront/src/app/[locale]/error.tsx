"use client"

import ShopError from "./(shop)/error"

// A page outside the shop that fails shows the same message, in a main area of its own.
export default function LocaleError(props: Parameters<typeof ShopError>[0]) {
  return (
    <main id="main">
      <ShopError {...props} />
    </main>
  )
}
