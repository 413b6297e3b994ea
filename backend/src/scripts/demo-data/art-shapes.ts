import type { DemoArt } from "./types"

/** Draws one illustration as SVG markup in a 1000 × 1000 box centred on (500, 520). */
export type ArtShape = () => string

const LEAF = "M0 0 C -82 -60 -82 -240 0 -330 C 82 -240 82 -60 0 0 Z"
const VEINS = "M0 -80 L-40 -128 M0 -150 L-44 -198 M0 -220 L-32 -260 M0 -80 L40 -128 M0 -150 L44 -198 M0 -220 L32 -260"

const r1 = (v: number): string => (Math.round(v * 10) / 10).toString()

function leaf(x: number, y: number, angle: number, scale: number, fill: string, vein: string): string {
  return `<g transform="translate(${r1(x)} ${r1(y)}) rotate(${r1(angle)}) scale(${scale})">
<path d="${LEAF}" fill="${fill}"/>
<path d="M0 -8 L0 -310" stroke="${vein}" stroke-width="8" stroke-linecap="round" fill="none"/>
<path d="${VEINS}" stroke="${vein}" stroke-width="5" stroke-linecap="round" fill="none" opacity="0.8"/>
</g>`
}

type Point = { x: number; y: number; angle: number }

/** Point and tangent angle (degrees) on a quadratic curve at t. */
function onCurve(p0: [number, number], c: [number, number], p1: [number, number], t: number): Point {
  const u = 1 - t
  const x = u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0]
  const y = u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1]
  const dx = 2 * u * (c[0] - p0[0]) + 2 * t * (p1[0] - c[0])
  const dy = 2 * u * (c[1] - p0[1]) + 2 * t * (p1[1] - c[1])
  return { x, y, angle: (Math.atan2(dy, dx) * 180) / Math.PI }
}

function hexagon(cx: number, cy: number, r: number): string {
  const pts = Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 3) * i
    return `${r1(cx + r * Math.cos(a))},${r1(cy + r * Math.sin(a))}`
  })
  return `<polygon points="${pts.join(" ")}"/>`
}

function leafArt(): string {
  const fuzz = [0, 1, 2, 3, 4, 5].map((i) => `<circle cx="${490 + (i % 2) * 22}" cy="${330 + i * 28}" r="5"/>`).join("")
  return `<path d="M500 810 C 506 700 494 600 500 480" stroke="#4d6b2a" stroke-width="16" fill="none" stroke-linecap="round"/>
${leaf(494, 720, -50, 1, "#4f9a3a", "#d3eabd")}
${leaf(506, 650, 44, 0.88, "#3f8a30", "#c4e0a8")}
${leaf(500, 500, 4, 0.62, "#8cc263", "#eef7e2")}
<g fill="#ffffff" opacity="0.75">${fuzz}</g>`
}

function dropArt(): string {
  const cells: [number, number][] = [[330, 340], [408, 385], [330, 430], [670, 650], [748, 695], [670, 740]]
  const comb = cells.map(([x, y]) => hexagon(x, y, 50)).join("")
  return `<defs><linearGradient id="honey" x1="0" y1="0" x2="0" y2="1">
<stop offset="0" stop-color="#ffd66e"/><stop offset="0.6" stop-color="#ec9a2e"/><stop offset="1" stop-color="#c9661b"/>
</linearGradient></defs>
<g fill="#f7d584" stroke="#e2a23c" stroke-width="8" opacity="0.8">${comb}</g>
<path d="M500 210 C 560 320 680 450 680 590 A 180 180 0 0 1 320 590 C 320 450 440 320 500 210 Z" fill="url(#honey)"/>
<ellipse cx="425" cy="560" rx="34" ry="82" fill="#ffffff" opacity="0.4" transform="rotate(18 425 560)"/>
<path d="M640 250 C 655 275 675 300 675 322 A 35 35 0 0 1 605 322 C 605 300 625 275 640 250 Z" fill="#f2a93b"/>`
}

function fruitArt(): string {
  const pores = Array.from({ length: 70 }, (_, i) => {
    const rad = 195 * Math.sqrt((i + 0.5) / 70)
    const a = i * 2.39996
    return `<circle cx="${r1(470 + rad * Math.cos(a))}" cy="${r1(540 + rad * Math.sin(a))}" r="4"/>`
  }).join("")
  const segments = Array.from({ length: 8 }, (_, i) => {
    const a = (Math.PI / 4) * i
    return `M700 710 L${r1(700 + 88 * Math.cos(a))} ${r1(710 + 88 * Math.sin(a))}`
  }).join(" ")
  return `<defs><radialGradient id="fruit-skin" cx="0.38" cy="0.33" r="0.75">
<stop offset="0" stop-color="#ffd27a"/><stop offset="0.55" stop-color="#f4962a"/><stop offset="1" stop-color="#c8661a"/>
</radialGradient></defs>
<circle cx="470" cy="540" r="210" fill="url(#fruit-skin)"/>
<g fill="#b85c14" opacity="0.25">${pores}</g>
<ellipse cx="400" cy="450" rx="55" ry="32" fill="#ffffff" opacity="0.35" transform="rotate(-35 400 450)"/>
<rect x="462" y="318" width="16" height="40" rx="6" fill="#6b4a2a"/>
${leaf(476, 330, 62, 0.42, "#4f8f34", "#cfe6b8")}
<circle cx="700" cy="710" r="112" fill="#f08a1c"/>
<circle cx="700" cy="710" r="98" fill="#fff2d6"/>
<circle cx="700" cy="710" r="90" fill="#ffb347"/>
<path d="${segments}" stroke="#fff2d6" stroke-width="7"/>
<circle cx="700" cy="710" r="10" fill="#fff2d6"/>`
}

function bottleArt(): string {
  const body =
    "M455 250 L545 250 L545 360 C 545 405 640 420 640 480 L640 770 Q640 800 610 800 L390 800 Q360 800 360 770 L360 480 C 360 420 455 405 455 360 Z"
  const diamonds = [0, 1, 2, 3, 4]
    .map((i) => {
      const x = 410 + i * 45
      return `<path d="M${x} 617 L${x + 16} 635 L${x} 653 L${x - 16} 635 Z" fill="${i % 2 ? "#2f4a7a" : "#c2543a"}"/>`
    })
    .join("")
  return `<defs><linearGradient id="glass" x1="0" x2="1"><stop offset="0" stop-color="#c7dde1"/><stop offset="0.5" stop-color="#f4fbfb"/><stop offset="1" stop-color="#b3ced4"/></linearGradient>
<linearGradient id="spirit" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f7eab8"/><stop offset="1" stop-color="#e6c16a"/></linearGradient></defs>
<path d="${body}" fill="url(#glass)" opacity="0.92"/>
<path d="M362 520 L638 520 L638 770 Q638 798 610 798 L390 798 Q362 798 362 770 Z" fill="url(#spirit)" opacity="0.9"/>
<path d="${body}" fill="none" stroke="#8fb3b9" stroke-width="7"/>
<rect x="460" y="198" width="80" height="64" rx="12" fill="#b98556"/>
<path d="M472 215 L528 215 M472 235 L528 235" stroke="#946338" stroke-width="5"/>
<rect x="385" y="565" width="230" height="140" rx="14" fill="#fbf3e2" stroke="#c2543a" stroke-width="6"/>
${diamonds}
<rect x="382" y="440" width="22" height="300" rx="11" fill="#ffffff" opacity="0.5"/>`
}

function grainEar(p1: [number, number], c: [number, number]): string {
  const p0: [number, number] = [500, 820]
  const grains = Array.from({ length: 9 }, (_, i) => {
    const pt = onCurve(p0, c, p1, 0.42 + i * 0.07)
    const side = i % 2 ? 1 : -1
    const off = (pt.angle + 90) * (Math.PI / 180)
    const x = pt.x + side * 20 * Math.cos(off)
    const y = pt.y + side * 20 * Math.sin(off)
    return `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="17" ry="36" transform="rotate(${r1(pt.angle + 90 + side * 28)} ${r1(x)} ${r1(y)})"/>`
  }).join("")
  const top = onCurve(p0, c, p1, 1)
  return `<path d="M${p0[0]} ${p0[1]} Q${c[0]} ${c[1]} ${p1[0]} ${p1[1]}" stroke="#a7812f" stroke-width="9" fill="none"/>
<g fill="#e6b84a" stroke="#b8892a" stroke-width="4">${grains}<ellipse cx="${r1(top.x)}" cy="${r1(top.y)}" rx="15" ry="32" transform="rotate(${r1(top.angle + 90)} ${r1(top.x)} ${r1(top.y)})"/></g>`
}

function grainArt(): string {
  return `<path d="M500 820 Q430 650 330 600" stroke="#8fae4a" stroke-width="12" fill="none" stroke-linecap="round"/>
<path d="M500 820 Q580 660 690 630" stroke="#7f9f3e" stroke-width="12" fill="none" stroke-linecap="round"/>
${grainEar([385, 300], [470, 560])}
${grainEar([525, 250], [510, 540])}
${grainEar([655, 320], [560, 560])}
<rect x="470" y="745" width="60" height="30" rx="8" fill="#c0504d"/>`
}

function meatArt(): string {
  const lengths = [360, 420, 380, 330]
  const tilts = [-4, 3, -2, 5]
  const strips = lengths
    .map((len, i) => {
      const x = 335 + i * 110
      const tilt = tilts[i] ?? 0
      return `<line x1="${x}" y1="296" x2="${x}" y2="334" stroke="#6b4a2a" stroke-width="6"/>
<g transform="rotate(${tilt} ${x} 330)"><rect x="${x - 40}" y="330" width="80" height="${len}" rx="32" fill="url(#meat)"/>
<path d="M${x - 14} 360 Q${x - 4} ${330 + len / 2} ${x - 16} ${310 + len} M${x + 16} 380 Q${x + 22} ${340 + len / 2} ${x + 12} ${300 + len}" stroke="#d08a68" stroke-width="7" fill="none" opacity="0.6" stroke-linecap="round"/></g>`
    })
    .join("")
  return `<defs><linearGradient id="meat" x1="0" x2="1"><stop offset="0" stop-color="#5e2219"/><stop offset="0.5" stop-color="#9a4430"/><stop offset="1" stop-color="#5e2219"/></linearGradient></defs>
<rect x="240" y="268" width="520" height="30" rx="15" fill="#c9a15b"/>
<path d="M350 270 L350 296 M520 270 L520 296 M690 270 L690 296" stroke="#a8803f" stroke-width="5"/>
${strips}`
}

function herbArt(): string {
  const p0: [number, number] = [520, 830]
  const c: [number, number] = [460, 560]
  const p1: [number, number] = [500, 300]
  const leaves = [0.22, 0.38, 0.53, 0.67, 0.8]
    .map((t, i) => {
      const pt = onCurve(p0, c, p1, t)
      const s = 0.42 - i * 0.05
      const fill = i % 2 ? "#4b8c3a" : "#5fa04a"
      return leaf(pt.x, pt.y, pt.angle + 90 - 55, s, fill, "#d7ecc6") + leaf(pt.x, pt.y, pt.angle + 90 + 55, s, fill, "#d7ecc6")
    })
    .join("")
  const buds = Array.from({ length: 14 }, (_, i) => {
    const x = 500 + Math.sin(i * 1.7) * (18 - i)
    const y = 300 - i * 9
    return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${16 - i * 0.6}"/>`
  }).join("")
  return `<path d="M${p0[0]} ${p0[1]} Q${c[0]} ${c[1]} ${p1[0]} ${p1[1]}" stroke="#4a7a35" stroke-width="11" fill="none" stroke-linecap="round"/>
${leaves}
<g fill="#9b7bc7" stroke="#b99ee0" stroke-width="3">${buds}</g>`
}

function basketArt(): string {
  const cells: string[] = []
  for (let row = 0; row < 9; row++) {
    for (let col = 0; col < 9; col++) {
      const fill = (row + col) % 2 ? "#d6ad72" : "#b88443"
      cells.push(`<rect x="${290 + col * 48}" y="${480 + row * 40}" width="48" height="40" fill="${fill}"/>`)
    }
  }
  return `<defs><clipPath id="basket-body"><path d="M300 470 L700 470 L642 792 Q637 812 615 812 L385 812 Q363 812 358 792 Z"/></clipPath></defs>
<path d="M335 470 C 335 225 665 225 665 470" stroke="#a8773d" stroke-width="28" fill="none" stroke-linecap="round"/>
<path d="M335 470 C 335 225 665 225 665 470" stroke="#d9b27a" stroke-width="8" fill="none" stroke-linecap="round" stroke-dasharray="18 14"/>
<g clip-path="url(#basket-body)">${cells.join("")}</g>
<rect x="282" y="448" width="436" height="44" rx="22" fill="#a8773d"/>
<path d="M300 470 L700 470" stroke="#d9b27a" stroke-width="6" stroke-dasharray="22 12"/>`
}

function clothArt(): string {
  const fringe = Array.from({ length: 31 }, (_, i) => `M${262 + i * 16} 770 L${262 + i * 16} 806`).join(" ")
  return `<defs><pattern id="brocade" width="80" height="80" patternUnits="userSpaceOnUse">
<rect width="80" height="80" fill="#2f3f6e"/>
<path d="M40 6 L74 40 L40 74 L6 40 Z" fill="#c8402f"/>
<path d="M40 22 L58 40 L40 58 L22 40 Z" fill="#f2c14e"/>
<circle cx="40" cy="40" r="5" fill="#2f3f6e"/>
<path d="M0 0 L12 0 L0 12 Z M80 0 L68 0 L80 12 Z M0 80 L12 80 L0 68 Z M80 80 L68 80 L80 68 Z" fill="#f5efe0"/>
</pattern></defs>
<g transform="rotate(-6 500 620)">
<rect x="250" y="470" width="500" height="300" rx="14" fill="url(#brocade)"/>
<rect x="250" y="470" width="500" height="26" fill="#c8402f"/><rect x="250" y="744" width="500" height="26" fill="#c8402f"/>
<path d="${fringe}" stroke="#c8402f" stroke-width="5" stroke-linecap="round"/>
</g>
<g transform="rotate(4 500 420)">
<rect x="300" y="290" width="400" height="240" rx="14" fill="url(#brocade)"/>
<rect x="300" y="390" width="400" height="40" fill="#f5efe0"/>
<path d="M330 410 L345 398 L360 410 L345 422 Z M410 410 L425 398 L440 410 L425 422 Z M490 410 L505 398 L520 410 L505 422 Z M570 410 L585 398 L600 410 L585 422 Z M650 410 L665 398 L680 410 L665 422 Z" fill="#c8402f"/>
</g>`
}

function mushroom(x: number, y: number, s: number): string {
  return `<g transform="translate(${x} ${y}) scale(${s})">
<path d="M-42 0 C -48 -80 -32 -150 -30 -172 L30 -172 C 32 -150 48 -80 42 0 Q0 18 -42 0 Z" fill="#f1e3c8"/>
<path d="M-30 -150 Q0 -140 30 -150" stroke="#d9c4a0" stroke-width="6" fill="none"/>
<path d="M-175 -160 C -165 -305 165 -305 175 -160 Q0 -118 -175 -160 Z" fill="url(#cap)"/>
<path d="M-95 -215 l28 -18 M-30 -250 l18 24 M40 -235 l30 -14 M100 -195 l-22 -22 M-130 -180 l24 6 M10 -200 l-20 16" stroke="#ecd7b2" stroke-width="8" stroke-linecap="round" opacity="0.75"/>
</g>`
}

function mushroomArt(): string {
  return `<defs><radialGradient id="cap" cx="0.45" cy="0.3" r="0.8"><stop offset="0" stop-color="#9a6a40"/><stop offset="1" stop-color="#5a3720"/></radialGradient></defs>
${mushroom(450, 790, 1.15)}
${mushroom(680, 810, 0.7)}`
}

function cakeArt(): string {
  return `<polygon points="500,330 720,440 500,550 280,440" fill="#72a84c"/>
<polygon points="280,440 500,550 500,780 280,670" fill="#4d8535"/>
<polygon points="500,550 720,440 720,670 500,780" fill="#3f7429"/>
<path d="M340 440 L500 360 M400 470 L560 390 M460 500 L620 420 M520 520 L660 450" stroke="#8fc067" stroke-width="4" opacity="0.7"/>
<g stroke="#efe3bd" stroke-width="10" stroke-linecap="round" fill="none">
<path d="M610 385 L390 495 L390 725"/><path d="M390 385 L610 495 L610 725"/>
</g>`
}

function flowerArt(): string {
  const petals = Array.from({ length: 5 }, (_, i) => `<ellipse cx="500" cy="340" rx="78" ry="140" transform="rotate(${i * 72} 500 480)"/>`).join("")
  const stamens = Array.from({ length: 16 }, (_, i) => {
    const a = (Math.PI / 8) * i
    return `<circle cx="${r1(500 + 62 * Math.cos(a))}" cy="${r1(480 + 62 * Math.sin(a))}" r="9"/>`
  }).join("")
  return `<defs><radialGradient id="petal" cx="0.5" cy="0.9" r="0.9"><stop offset="0" stop-color="#f3b6cd"/><stop offset="1" stop-color="#fffafc"/></radialGradient></defs>
${leaf(470, 800, -40, 0.8, "#4f9a3a", "#d3eabd")}
${leaf(530, 800, 40, 0.7, "#3f8a30", "#c4e0a8")}
<g fill="url(#petal)" stroke="#eaa2bf" stroke-width="4">${petals}</g>
<circle cx="500" cy="480" r="58" fill="#f4c542"/>
<g fill="#e09a2b">${stamens}</g>`
}

/** One drawing function per illustration kind. */
export const artShapes: Record<DemoArt, ArtShape> = {
  leaf: leafArt,
  drop: dropArt,
  fruit: fruitArt,
  bottle: bottleArt,
  grain: grainArt,
  meat: meatArt,
  herb: herbArt,
  basket: basketArt,
  cloth: clothArt,
  mushroom: mushroomArt,
  cake: cakeArt,
  flower: flowerArt,
}
