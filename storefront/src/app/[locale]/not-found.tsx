import ShopNotFound from "./(shop)/not-found"

// Reached for pages outside the shop: the shop's message, in a main area of its own.
export default function LocaleNotFound() {
  return (
    <main id="main">
      <ShopNotFound />
    </main>
  )
}
