/**
 * Demo images for the blog: the portraits of the five guest bloggers and the hero, inline and figure
 * images of the posts. Flat shapes only (a few big numbers and letters in generic sans-serif), so the
 * drawings compress well and look the same on every machine.
 */
import type { DemoImage } from './types'

const credit = 'Illustratie: redactie Open Ambt, CC BY 4.0'

const navy = '#0f2d52'
const orange = '#f28c28'
const yellow = '#ffd23f'
const teal = '#2bb3a3'
const sky = '#cfe3f5'
const ink = '#1d2733'
const cream = '#f7f4ee'
const grey = '#8a96a3'
const leaf = '#4c9a5b'
const darkLeaf = '#2f7d4a'
const water = '#5aa0d8'

const W = 1200
const H = 675

const svg = (width: number, height: number, body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">\n${body}\n</svg>`

/** A map pin whose point is at (x, y). */
const pin = (x: number, y: number, fill: string, scale = 1): string =>
  `<g transform="translate(${x} ${y}) scale(${scale})"><path d="M0 0 C-12 -16 -22 -28 -22 -42 A22 22 0 1 1 22 -42 C22 -28 12 -16 0 0 Z" fill="${fill}" stroke="${ink}" stroke-width="3"/><circle cx="0" cy="-42" r="8" fill="#ffffff"/></g>`

/** Short grey bars that stand in for lines of text. */
const textLines = (x: number, y: number, widths: number[], gap = 22, color = '#c3ccd6', h = 10): string =>
  widths
    .map(
      (w, i) =>
        `<rect x="${x}" y="${y + i * gap}" width="${w}" height="${h}" rx="${h / 2}" fill="${color}"/>`,
    )
    .join('')

// ---------------------------------------------------------------------------------------------
// Portraits

type Portrait = {
  background: string
  halo: string
  skin: string
  shade: string
  shirt: string
  collar: string
  /** Hair drawn behind the head (long hair), may be empty. */
  hairBack: string
  /** Hair drawn over the head (fringe, cap, curls), may be empty. */
  hairFront: string
  /** Extra details on the face: glasses, beard, earrings. */
  extras?: string
}

function portrait(p: Portrait): string {
  return svg(
    600,
    600,
    `<rect width="600" height="600" fill="${p.background}"/>
<circle cx="300" cy="270" r="230" fill="${p.halo}"/>
${p.hairBack}
<path d="M90 600 C96 480 180 430 300 430 C420 430 504 480 510 600 Z" fill="${p.shirt}"/>
<rect x="262" y="340" width="76" height="110" rx="30" fill="${p.shade}"/>
<path d="M240 436 L300 500 L360 436 Z" fill="${p.collar}"/>
<ellipse cx="300" cy="260" rx="100" ry="122" fill="${p.skin}"/>
<ellipse cx="198" cy="270" rx="16" ry="26" fill="${p.skin}"/>
<ellipse cx="402" cy="270" rx="16" ry="26" fill="${p.skin}"/>
${p.hairFront}
<ellipse cx="262" cy="268" rx="9" ry="11" fill="${ink}"/>
<ellipse cx="338" cy="268" rx="9" ry="11" fill="${ink}"/>
<path d="M248 244 Q262 236 276 244" fill="none" stroke="${ink}" stroke-width="5" stroke-linecap="round"/>
<path d="M324 244 Q338 236 352 244" fill="none" stroke="${ink}" stroke-width="5" stroke-linecap="round"/>
<circle cx="244" cy="310" r="16" fill="#e8766b" opacity="0.25"/>
<circle cx="356" cy="310" r="16" fill="#e8766b" opacity="0.25"/>
<path d="M300 280 Q292 306 304 312" fill="none" stroke="${p.shade}" stroke-width="5" stroke-linecap="round"/>
<path d="M266 332 Q300 360 334 332" fill="none" stroke="${ink}" stroke-width="6" stroke-linecap="round"/>
${p.extras ?? ''}`,
  )
}

const portraits: Record<string, Portrait> = {
  // Light skin, blond bob, teal jumper.
  'sanne-de-vries': {
    background: sky,
    halo: '#ffffff',
    skin: '#f6d3b8',
    shade: '#e4b795',
    shirt: teal,
    collar: '#ffffff',
    hairBack: `<path d="M186 250 C176 140 240 110 300 110 C360 110 424 140 414 250 L420 360 C400 380 370 372 360 360 L360 250 L240 250 L240 360 C230 372 200 380 180 360 Z" fill="#e9c46a"/>`,
    hairFront: `<path d="M196 236 C196 150 250 126 300 126 C360 126 408 156 404 236 C380 210 340 196 300 196 C260 196 224 206 196 236 Z" fill="#e9c46a"/>`,
  },
  // Light-medium skin, short grey hair, round glasses, navy jacket.
  'joris-van-dam': {
    background: '#fde7c8',
    halo: '#ffffff',
    skin: '#eec4a1',
    shade: '#d6a37d',
    shirt: navy,
    collar: sky,
    hairBack: '',
    hairFront: `<path d="M200 230 C196 160 240 124 300 124 C364 124 406 162 400 230 C390 196 360 176 300 176 C244 176 212 196 200 230 Z" fill="#b9bec4"/>`,
    extras: `<g fill="none" stroke="${ink}" stroke-width="5"><circle cx="262" cy="268" r="26"/><circle cx="338" cy="268" r="26"/><path d="M288 266 Q300 258 312 266"/><path d="M236 264 L208 256"/><path d="M364 264 L392 256"/></g>`,
  },
  // Medium-brown skin, long dark hair in a low ponytail, orange blouse, gold earrings.
  'fatima-el-amrani': {
    background: '#d8efe9',
    halo: '#ffffff',
    skin: '#c68e62',
    shade: '#a9714a',
    shirt: orange,
    collar: '#ffffff',
    hairBack: `<path d="M186 260 C170 150 236 104 300 104 C370 104 432 150 414 260 C430 330 424 420 390 470 C380 400 372 340 360 300 L240 300 C228 340 220 400 210 470 C176 420 170 330 186 260 Z" fill="#2b1d16"/>`,
    hairFront: `<path d="M198 240 C196 156 246 120 300 120 C360 120 406 158 402 240 C372 214 350 184 330 168 C300 196 250 216 198 240 Z" fill="#2b1d16"/>`,
    extras: `<circle cx="198" cy="304" r="9" fill="${yellow}" stroke="#c9a227" stroke-width="3"/><circle cx="402" cy="304" r="9" fill="${yellow}" stroke="#c9a227" stroke-width="3"/>`,
  },
  // Pale skin with freckles, short ginger hair and beard, yellow jumper.
  'pieter-claes': {
    background: '#e3e8f5',
    halo: '#ffffff',
    skin: '#f8dcc8',
    shade: '#e6bda1',
    shirt: yellow,
    collar: navy,
    hairBack: '',
    hairFront: `<path d="M198 236 C190 150 244 116 304 118 C362 120 410 156 402 236 C392 206 372 190 352 184 C330 200 300 176 282 190 C262 178 230 196 198 236 Z" fill="#c8622d"/>`,
    extras: `<path d="M206 290 C214 370 254 394 300 394 C346 394 386 370 394 290 C380 322 360 340 334 344 Q300 356 266 344 C240 340 220 322 206 290 Z" fill="#c8622d"/><path d="M270 334 Q300 350 330 334" fill="none" stroke="${ink}" stroke-width="6" stroke-linecap="round"/><g fill="#d98b5f"><circle cx="246" cy="296" r="3"/><circle cx="234" cy="302" r="3"/><circle cx="250" cy="306" r="3"/><circle cx="354" cy="296" r="3"/><circle cx="366" cy="302" r="3"/><circle cx="350" cy="306" r="3"/></g>`,
  },
  // Dark brown skin, black curly hair, teal-and-navy scarf.
  'marloes-jansen': {
    background: '#fff1c2',
    halo: '#ffffff',
    skin: '#8d5a3b',
    shade: '#6f4329',
    shirt: '#7b5ea7',
    collar: teal,
    hairBack: `<g fill="#1b1410">${[
      [200, 200, 46],
      [236, 150, 50],
      [300, 128, 54],
      [364, 150, 50],
      [400, 200, 46],
      [196, 256, 40],
      [404, 256, 40],
      [206, 310, 34],
      [394, 310, 34],
    ]
      .map(([cx, cy, r]) => `<circle cx="${cx}" cy="${cy}" r="${r}"/>`)
      .join('')}</g>`,
    hairFront: `<g fill="#1b1410"><circle cx="246" cy="170" r="34"/><circle cx="300" cy="158" r="36"/><circle cx="354" cy="170" r="34"/><circle cx="214" cy="212" r="26"/><circle cx="386" cy="212" r="26"/></g>`,
    extras: `<path d="M210 452 C250 480 350 480 390 452 L372 500 C340 516 260 516 228 500 Z" fill="${teal}"/><path d="M228 500 C260 516 340 516 372 500 L362 520 C330 532 270 532 238 520 Z" fill="${navy}"/>`,
  },
}

const portraitAlt: Record<string, { nl: string; en: string }> = {
  'sanne-de-vries': {
    nl: 'Getekend portret van een glimlachende vrouw met blond haar in een boblijn en een groenblauwe trui, tegen een lichtblauwe achtergrond',
    en: 'Illustrated portrait of a smiling woman with a blond bob and a teal jumper, against a light blue background',
  },
  'joris-van-dam': {
    nl: 'Getekend portret van een glimlachende man met kort grijs haar, een ronde bril en een donkerblauw jasje, tegen een perzikkleurige achtergrond',
    en: 'Illustrated portrait of a smiling man with short grey hair, round glasses and a navy jacket, against a peach background',
  },
  'fatima-el-amrani': {
    nl: 'Getekend portret van een glimlachende vrouw met lang donker haar, gouden oorbellen en een oranje blouse, tegen een lichtgroene achtergrond',
    en: 'Illustrated portrait of a smiling woman with long dark hair, gold earrings and an orange blouse, against a pale green background',
  },
  'pieter-claes': {
    nl: 'Getekend portret van een glimlachende man met kort rossig haar, een rossige baard en sproeten, in een gele trui, tegen een lichtgrijsblauwe achtergrond',
    en: 'Illustrated portrait of a smiling man with short ginger hair, a ginger beard and freckles, in a yellow jumper, against a pale grey-blue background',
  },
  'marloes-jansen': {
    nl: 'Getekend portret van een glimlachende vrouw met zwart krullend haar, een paarse trui en een groenblauwe sjaal, tegen een lichtgele achtergrond',
    en: 'Illustrated portrait of a smiling woman with black curly hair, a purple jumper and a teal scarf, against a pale yellow background',
  },
}

// ---------------------------------------------------------------------------------------------
// Post images

/** Fifteen years: a web of connections spreading out from a small blog page, with a big 15. */
function network(): string {
  const nodes: Array<[number, number, number, string]> = [
    [330, 300, 26, '#ffffff'],
    [450, 180, 20, teal],
    [470, 420, 30, yellow],
    [600, 290, 36, teal],
    [610, 520, 22, '#ffffff'],
    [720, 150, 24, orange],
    [760, 400, 28, '#ffffff'],
    [850, 560, 20, teal],
    [830, 310, 18, yellow],
    [560, 90, 14, '#ffffff'],
    [990, 470, 26, orange],
    [1080, 610, 16, '#ffffff'],
    [380, 560, 16, teal],
  ]
  const edges: Array<[number, number]> = [
    [0, 1],
    [0, 2],
    [0, 3],
    [1, 3],
    [1, 9],
    [2, 4],
    [2, 12],
    [3, 5],
    [3, 6],
    [4, 6],
    [5, 8],
    [6, 7],
    [6, 8],
    [7, 10],
    [8, 10],
    [10, 11],
    [4, 7],
  ]
  const lines = edges
    .map(
      ([a, b]) => `<line x1="${nodes[a][0]}" y1="${nodes[a][1]}" x2="${nodes[b][0]}" y2="${nodes[b][1]}"/>`,
    )
    .join('')
  const dots = nodes
    .map(([cx, cy, r, fill]) => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/>`)
    .join('')
  return svg(
    W,
    H,
    `<rect width="${W}" height="${H}" fill="${navy}"/>
<circle cx="1080" cy="130" r="240" fill="#17406f"/>
<g stroke="#ffffff" stroke-width="4" stroke-linecap="round" opacity="0.7">${lines}<line x1="240" y1="330" x2="330" y2="300"/></g>
<rect x="90" y="230" width="150" height="200" rx="10" fill="#ffffff"/>
<rect x="90" y="230" width="150" height="40" rx="10" fill="${orange}"/>
<rect x="90" y="256" width="150" height="14" fill="${orange}"/>
${textLines(112, 292, [106, 90, 106, 70, 100, 84], 20, '#c3ccd6', 9)}
${dots}
<text x="1130" y="225" text-anchor="end" font-family="sans-serif" font-weight="700" font-size="230" fill="${yellow}">15</text>`,
  )
}

/** Saturday night webcare: a phone full of messages under a night sky, a sofa in the corner. */
function saturdayNight(): string {
  const stars = [
    [120, 90],
    [260, 160],
    [420, 70],
    [880, 110],
    [1010, 220],
    [1130, 80],
    [760, 60],
    [180, 300],
  ]
    .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="4" fill="#ffffff" opacity="0.8"/>`)
    .join('')
  const bubble = (x: number, y: number, w: number, h: number, fill: string, lines: number[]): string =>
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="16" fill="${fill}"/>${textLines(x + 18, y + 18, lines, 20, '#ffffff', 9)}`
  return svg(
    W,
    H,
    `<rect width="${W}" height="${H}" fill="#16213e"/>
${stars}
<circle cx="1000" cy="160" r="70" fill="${yellow}"/>
<circle cx="1032" cy="140" r="62" fill="#16213e"/>
<rect x="0" y="560" width="${W}" height="115" fill="#22305a"/>
<g fill="${orange}">
<rect x="40" y="470" width="330" height="130" rx="30"/>
<rect x="20" y="520" width="70" height="120" rx="26"/>
<rect x="320" y="520" width="70" height="120" rx="26"/>
<rect x="60" y="560" width="310" height="70" rx="16" fill="#d9741a"/>
</g>
<rect x="80" y="640" width="20" height="30" fill="${ink}"/><rect x="310" y="640" width="20" height="30" fill="${ink}"/>
<rect x="455" y="40" width="300" height="600" rx="40" fill="${ink}"/>
<rect x="475" y="90" width="260" height="500" rx="12" fill="#eef3f8"/>
<rect x="560" y="58" width="90" height="12" rx="6" fill="#3a4656"/>
${bubble(490, 110, 200, 92, grey, [160, 140, 100])}
${bubble(540, 218, 180, 72, teal, [140, 110])}
${bubble(490, 306, 210, 112, grey, [170, 150, 170, 90])}
${bubble(560, 434, 160, 52, teal, [120])}
${bubble(490, 502, 180, 72, grey, [140, 100])}
<circle cx="740" cy="60" r="28" fill="#e63946"/>
<circle cx="740" cy="60" r="10" fill="#ffffff"/>`,
  )
}

/** Top view of a town square with parking bays, two trees, a bus shelter and many map pins. */
function squareMap(): string {
  const bays = Array.from(
    { length: 9 },
    (_, i) =>
      `<rect x="${420 + i * 56}" y="250" width="48" height="86" fill="none" stroke="#ffffff" stroke-width="4"/>`,
  ).join('')
  const bays2 = Array.from(
    { length: 9 },
    (_, i) =>
      `<rect x="${420 + i * 56}" y="380" width="48" height="86" fill="none" stroke="#ffffff" stroke-width="4"/>`,
  ).join('')
  const red = '#e63946'
  const pins = [
    pin(372, 520, red),
    pin(400, 548, red),
    pin(350, 560, red),
    pin(420, 590, red, 0.9),
    pin(330, 600, red, 0.9),
    pin(385, 620, red, 0.8),
    pin(640, 240, leaf),
    pin(760, 380, leaf),
    pin(900, 250, leaf),
    pin(980, 420, yellow),
    pin(560, 470, yellow),
    pin(860, 520, teal),
    pin(470, 230, teal),
    pin(1010, 300, orange),
    pin(700, 520, orange),
  ].join('')
  return svg(
    W,
    H,
    `<rect width="${W}" height="${H}" fill="#e4ecdc"/>
<rect x="0" y="120" width="${W}" height="90" fill="#c9ccd1"/>
<rect x="250" y="0" width="100" height="${H}" fill="#c9ccd1"/>
<g stroke="#ffffff" stroke-width="5" stroke-dasharray="26 22"><line x1="0" y1="165" x2="${W}" y2="165"/><line x1="300" y1="0" x2="300" y2="${H}"/></g>
<g fill="#ffffff">${Array.from({ length: 6 }, (_, i) => `<rect x="${262 + i * 14}" y="520" width="8" height="60"/>`).join('')}</g>
<rect x="370" y="220" width="730" height="380" rx="24" fill="#ddd3c0"/>
<rect x="400" y="240" width="520" height="236" fill="#a9adb3"/>
${bays}${bays2}
<circle cx="1010" cy="300" r="54" fill="${leaf}"/><circle cx="990" cy="285" r="20" fill="${darkLeaf}"/>
<circle cx="1000" cy="500" r="46" fill="${leaf}"/><circle cx="985" cy="488" r="16" fill="${darkLeaf}"/>
<rect x="380" y="500" width="150" height="50" rx="6" fill="${navy}"/>
<rect x="390" y="508" width="130" height="12" rx="4" fill="${sky}"/>
<g fill="${orange}" opacity="0.85"><rect x="600" y="500" width="60" height="60" rx="6"/><rect x="680" y="500" width="60" height="60" rx="6"/><rect x="760" y="500" width="60" height="60" rx="6"/></g>
${pins}`,
  )
}

/** Bar chart of the vote on three scenarios. */
function voteChart(): string {
  const data: Array<[string, number, string]> = [
    ['A', 46, teal],
    ['B', 21, yellow],
    ['C', 33, orange],
  ]
  const base = 560
  const scale = 9
  const bars = data
    .map(([label, value, fill], i) => {
      const x = 230 + i * 280
      const h = value * scale
      return `<rect x="${x}" y="${base - h}" width="180" height="${h}" rx="6" fill="${fill}"/>
<text x="${x + 90}" y="${base - h - 24}" text-anchor="middle" font-size="56" font-weight="700" fill="${ink}">${value}%</text>
<text x="${x + 90}" y="${base + 80}" text-anchor="middle" font-size="64" font-weight="700" fill="${ink}">${label}</text>`
    })
    .join('\n')
  return svg(
    W,
    H,
    `<rect width="${W}" height="${H}" fill="${cream}"/>
<g stroke="#ddd6ca" stroke-width="2">${[10, 20, 30, 40, 50].map((v) => `<line x1="170" y1="${base - v * scale}" x2="1030" y2="${base - v * scale}"/>`).join('')}</g>
<g font-family="sans-serif">
${bars}
</g>
<line x1="170" y1="${base}" x2="1030" y2="${base}" stroke="${ink}" stroke-width="5"/>`,
  )
}

/** A coffee cup seen from above. */
const cup = (x: number, y: number, angle: number, scale = 1): string =>
  `<g transform="translate(${x} ${y}) rotate(${angle}) scale(${scale})"><circle r="46" fill="#f1ece4" stroke="#d9d1c4" stroke-width="3"/><rect x="28" y="-10" width="34" height="20" rx="10" fill="#ffffff" stroke="#d9d1c4" stroke-width="3"/><circle r="32" fill="#ffffff" stroke="#d9d1c4" stroke-width="3"/><circle r="24" fill="#6f4a2f"/></g>`

/** Open Koffie: a table from above with cups, buns, laptops and notebooks, chairs around it. */
function coffeeTable(): string {
  const chairs = [
    [260, 90],
    [480, 90],
    [700, 90],
    [920, 90],
    [260, 585],
    [480, 585],
    [700, 585],
    [920, 585],
  ]
    .map(
      ([x, y], i) =>
        `<rect x="${x - 60}" y="${y - 40}" width="120" height="80" rx="22" fill="${i % 2 === 0 ? teal : orange}"/>`,
    )
    .join('')
  const buns = [
    [590, 320],
    [640, 300],
    [620, 360],
    [670, 350],
    [560, 370],
  ]
    .map(
      ([x, y]) =>
        `<circle cx="${x}" cy="${y}" r="24" fill="#c98b4b"/><circle cx="${x - 6}" cy="${y - 6}" r="4" fill="#5a3a22"/>`,
    )
    .join('')
  return svg(
    W,
    H,
    `<rect width="${W}" height="${H}" fill="${sky}"/>
${chairs}
<rect x="110" y="140" width="980" height="395" rx="40" fill="#b7844f"/>
<rect x="130" y="160" width="940" height="355" rx="30" fill="#c99660"/>
<circle cx="615" cy="335" r="92" fill="#ffffff" stroke="#e0d8cc" stroke-width="4"/>
${buns}
<g transform="translate(200 200) rotate(-8)"><rect width="220" height="150" rx="10" fill="#9aa5b1"/><rect x="12" y="12" width="196" height="126" rx="6" fill="#3a4656"/><rect x="30" y="30" width="120" height="12" rx="6" fill="${teal}"/>${textLines(30, 56, [150, 120, 140], 22, '#6c7a89', 10)}</g>
<g transform="translate(800 330) rotate(10)"><rect width="220" height="150" rx="10" fill="#9aa5b1"/><rect x="12" y="12" width="196" height="126" rx="6" fill="#3a4656"/><rect x="30" y="30" width="100" height="12" rx="6" fill="${yellow}"/>${textLines(30, 56, [140, 150, 100], 22, '#6c7a89', 10)}</g>
<g transform="translate(420 410) rotate(6)"><rect width="130" height="90" rx="6" fill="${yellow}"/>${textLines(16, 20, [90, 70, 96], 20, '#c9a227', 8)}</g>
<g transform="translate(770 190) rotate(-12)"><rect width="120" height="86" rx="6" fill="#ffffff"/>${textLines(16, 18, [80, 88, 60], 20, '#c3ccd6', 8)}</g>
${cup(470, 250, 20)}${cup(760, 420, 200)}${cup(330, 430, 90)}${cup(960, 230, -30)}${cup(620, 470, 160)}
<circle cx="190" cy="440" r="40" fill="${navy}"/><circle cx="190" cy="440" r="18" fill="#3a5a86"/>`,
  )
}

/** A flip chart on a stand, covered in sticky notes in three columns. */
function flipChart(): string {
  const notes: string[] = []
  const colors = [yellow, orange, yellow, '#ffe680', orange]
  for (let col = 0; col < 3; col++) {
    for (let row = 0; row < 4 - (col === 1 ? 1 : 0); row++) {
      const x = 420 + col * 130 + ((row + col) % 2 === 0 ? 0 : 8)
      const y = 150 + row * 110
      const angle = ((row * 3 + col * 5) % 7) - 3
      const fill = colors[(row + col * 2) % colors.length]
      notes.push(
        `<g transform="translate(${x} ${y}) rotate(${angle})"><rect width="100" height="90" fill="${fill}"/>${textLines(12, 18, [70, 60, 76], 20, '#8a6d1a', 6)}</g>`,
      )
    }
  }
  return svg(
    W,
    H,
    `<rect width="${W}" height="${H}" fill="#e8eef4"/>
<rect x="0" y="560" width="${W}" height="115" fill="#c9b79c"/>
<rect x="80" y="120" width="200" height="260" rx="6" fill="${sky}" stroke="#ffffff" stroke-width="10"/>
<rect x="940" y="150" width="180" height="230" rx="6" fill="${sky}" stroke="#ffffff" stroke-width="10"/>
<g stroke="${ink}" stroke-width="14" stroke-linecap="round"><line x1="600" y1="580" x2="600" y2="660"/><line x1="470" y1="600" x2="400" y2="665"/><line x1="730" y1="600" x2="800" y2="665"/></g>
<rect x="380" y="90" width="440" height="520" rx="6" fill="#ffffff" stroke="#c3ccd6" stroke-width="4"/>
<rect x="370" y="74" width="460" height="30" rx="8" fill="${ink}"/>
${notes.join('\n')}
<rect x="860" y="610" width="90" height="16" rx="8" fill="${teal}" transform="rotate(-20 905 618)"/>`,
  )
}

/** A simplified province map with a river and data points, plus a small chart card. */
function provinceMap(): string {
  const dots = [
    [260, 240, 30, orange],
    [340, 380, 18, yellow],
    [420, 210, 14, navy],
    [500, 320, 40, orange],
    [590, 210, 16, yellow],
    [640, 420, 24, navy],
    [300, 470, 20, orange],
    [720, 300, 30, yellow],
    [470, 470, 12, navy],
    [560, 530, 22, orange],
    [380, 300, 10, navy],
    [760, 460, 14, orange],
  ]
    .map(
      ([cx, cy, r, fill]) =>
        `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" opacity="0.9" stroke="#ffffff" stroke-width="3"/>`,
    )
    .join('')
  const bars = [40, 70, 55, 110, 90, 140]
    .map(
      (h, i) =>
        `<rect x="${905 + i * 36}" y="${470 - h}" width="24" height="${h}" fill="${i === 5 ? orange : teal}"/>`,
    )
    .join('')
  return svg(
    W,
    H,
    `<rect width="${W}" height="${H}" fill="${cream}"/>
<path d="M170 180 L260 110 L390 130 L470 90 L600 120 L700 100 L790 170 L820 280 L800 380 L830 470 L760 560 L640 590 L520 560 L420 600 L300 570 L210 500 L150 410 L180 320 Z" fill="#bfe3dc" stroke="${teal}" stroke-width="6" stroke-linejoin="round"/>
<path d="M160 350 C260 330 300 410 400 400 C500 390 520 300 620 320 C700 336 740 400 830 380" fill="none" stroke="${water}" stroke-width="14" stroke-linecap="round"/>
<g stroke="#ffffff" stroke-width="3" fill="none" opacity="0.9"><path d="M260 110 L300 300 L420 600"/><path d="M470 90 L500 320 L640 590"/><path d="M180 320 L500 320 L820 280"/></g>
${dots}
<rect x="880" y="290" width="260" height="220" rx="14" fill="#ffffff" stroke="#ddd6ca" stroke-width="3"/>
${bars}
<line x1="895" y1="470" x2="1125" y2="470" stroke="${ink}" stroke-width="3"/>
${textLines(905, 312, [120, 80], 18, '#c3ccd6', 8)}`,
  )
}

/** Bar chart of open datasets per year, 2019-2024. */
function datasetChart(): string {
  const data: Array<[string, number]> = [
    ['2019', 12],
    ['2020', 19],
    ['2021', 34],
    ['2022', 51],
    ['2023', 68],
    ['2024', 87],
  ]
  const base = 560
  const scale = 5
  const grid = [0, 20, 40, 60, 80, 100]
    .map(
      (v) =>
        `<line x1="150" y1="${base - v * scale}" x2="1110" y2="${base - v * scale}" stroke="#ddd6ca" stroke-width="2"/>
<text x="130" y="${base - v * scale + 10}" text-anchor="end" font-size="28" fill="#4a5a6a">${v}</text>`,
    )
    .join('\n')
  const bars = data
    .map(([year, value], i) => {
      const x = 195 + i * 155
      const h = value * scale
      return `<rect x="${x}" y="${base - h}" width="100" height="${h}" rx="4" fill="${i === data.length - 1 ? orange : teal}"/>
<text x="${x + 50}" y="${base - h - 16}" text-anchor="middle" font-size="36" font-weight="700" fill="${ink}">${value}</text>
<text x="${x + 50}" y="${base + 50}" text-anchor="middle" font-size="32" fill="${ink}">${year}</text>`
    })
    .join('\n')
  return svg(
    W,
    H,
    `<rect width="${W}" height="${H}" fill="${cream}"/>
<g font-family="sans-serif">
${grid}
${bars}
</g>
<line x1="150" y1="${base}" x2="1110" y2="${base}" stroke="${ink}" stroke-width="4"/>`,
  )
}

/** A simple seated figure seen from the front, behind a table edge. */
const person = (x: number, y: number, body: string, skin: string, hair: string): string =>
  `<path d="M${x - 46} ${y + 120} C${x - 46} ${y + 50} ${x - 30} ${y + 36} ${x} ${y + 36} C${x + 30} ${y + 36} ${x + 46} ${y + 50} ${x + 46} ${y + 120} Z" fill="${body}"/>
<circle cx="${x}" cy="${y}" r="30" fill="${skin}"/>
<path d="M${x - 31} ${y - 2} C${x - 30} ${y - 36} ${x + 30} ${y - 36} ${x + 31} ${y - 2} C${x + 14} ${y - 18} ${x - 14} ${y - 18} ${x - 31} ${y - 2} Z" fill="${hair}"/>`

/** Across the border: eight people at one long table that spans a dashed border line. */
function border(): string {
  const people: Array<[number, string, string, string]> = [
    [150, orange, '#f6d3b8', '#e9c46a'],
    [270, navy, '#c68e62', '#2b1d16'],
    [390, teal, '#eec4a1', '#b9bec4'],
    [510, yellow, '#8d5a3b', '#1b1410'],
    [690, '#7b5ea7', '#f8dcc8', '#c8622d'],
    [810, orange, '#a9714a', '#2b1d16'],
    [930, navy, '#f1c9a5', '#6b4a2f'],
    [1050, teal, '#d9a47c', '#1b1410'],
  ]
  return svg(
    W,
    H,
    `<rect width="600" height="${H}" fill="#fde3c4"/>
<rect x="600" width="600" height="${H}" fill="#cdeee8"/>
<path d="M0 170 C120 140 220 190 340 160 C440 136 520 170 600 150 L600 0 L0 0 Z" fill="#f9d2a4"/>
<path d="M600 150 C700 130 820 180 940 150 C1040 126 1120 160 1200 140 L1200 0 L600 0 Z" fill="#a9e0d6"/>
<line x1="600" y1="0" x2="600" y2="${H}" stroke="${navy}" stroke-width="8" stroke-dasharray="28 20"/>
${people.map(([x, body, skin, hair]) => person(x, 300, body, skin, hair)).join('\n')}
<rect x="70" y="420" width="1060" height="40" rx="10" fill="#b7844f"/>
<rect x="90" y="460" width="24" height="215" fill="#8f6438"/><rect x="1086" y="460" width="24" height="215" fill="#8f6438"/>
<g transform="translate(220 386)"><rect width="100" height="34" rx="4" fill="#9aa5b1"/></g>
<g transform="translate(880 386)"><rect width="100" height="34" rx="4" fill="#9aa5b1"/></g>
<rect x="540" y="392" width="120" height="28" rx="4" fill="#ffffff"/>
${cup(450, 404, 0, 0.35)}
${cup(760, 404, 0, 0.35)}`,
  )
}

/** Leading in the open: an office with a wide-open door letting light onto the floor. */
function openDoor(): string {
  return svg(
    W,
    H,
    `<rect width="${W}" height="${H}" fill="#e8e1d5"/>
<rect x="0" y="520" width="${W}" height="155" fill="#b9a88f"/>
<rect x="120" y="70" width="300" height="450" fill="${navy}"/>
<rect x="140" y="90" width="260" height="430" fill="#fff3c4"/>
<polygon points="140,520 400,520 560,675 0,675" fill="${yellow}" opacity="0.55"/>
<polygon points="400,90 520,40 520,600 400,520" fill="${orange}"/>
<circle cx="500" cy="330" r="10" fill="${ink}"/>
<rect x="640" y="110" width="420" height="240" rx="6" fill="${sky}" stroke="#ffffff" stroke-width="14"/>
<line x1="850" y1="110" x2="850" y2="350" stroke="#ffffff" stroke-width="10"/>
<rect x="620" y="420" width="500" height="28" rx="6" fill="#8f6438"/>
<rect x="650" y="448" width="22" height="160" fill="#6e4b2a"/><rect x="1068" y="448" width="22" height="160" fill="#6e4b2a"/>
<path d="M760 420 L780 330 L930 330 L950 420 Z" fill="#3a4656"/>
<rect x="730" y="414" width="250" height="10" rx="4" fill="#9aa5b1"/>
<g transform="translate(1000 360)"><rect width="80" height="60" rx="4" fill="#ffffff" stroke="#c3ccd6" stroke-width="3"/><rect x="6" y="-10" width="80" height="60" rx="4" fill="#ffffff" stroke="#c3ccd6" stroke-width="3"/></g>
<rect x="660" y="370" width="56" height="50" rx="8" fill="${orange}"/>
<g fill="${leaf}"><ellipse cx="688" cy="340" rx="20" ry="36"/><ellipse cx="664" cy="350" rx="14" ry="30" transform="rotate(-30 664 350)"/><ellipse cx="712" cy="350" rx="14" ry="30" transform="rotate(30 712 350)"/></g>
<rect x="830" y="470" width="130" height="26" rx="10" fill="${teal}"/>
<rect x="880" y="496" width="30" height="90" fill="${teal}"/>
<rect x="840" y="586" width="110" height="14" rx="7" fill="${ink}"/>`,
  )
}

/** Crisis exercise: high water against a dike with houses behind it, and a phone with a warning. */
function crisis(): string {
  const house = (x: number, y: number, fill: string): string =>
    `<rect x="${x}" y="${y}" width="90" height="80" fill="${fill}"/><polygon points="${x - 10},${y} ${x + 45},${y - 50} ${x + 100},${y}" fill="${ink}"/><rect x="${x + 34}" y="${y + 36}" width="22" height="44" fill="${navy}"/>`
  return svg(
    W,
    H,
    `<rect width="${W}" height="${H}" fill="#dbe7f0"/>
<circle cx="160" cy="110" r="60" fill="#ffffff" opacity="0.8"/><circle cx="230" cy="100" r="46" fill="#ffffff" opacity="0.8"/><circle cx="100" cy="120" r="40" fill="#ffffff" opacity="0.8"/>
${house(80, 300, orange)}${house(220, 290, yellow)}${house(360, 300, '#e9c46a')}
<path d="M0 380 L660 380 L760 470 L0 470 Z" fill="#7bbf6a"/>
<path d="M0 470 L760 470 L760 675 L0 675 Z" fill="#8fcf7e"/>
<path d="M440 380 L560 300 L640 300 L760 470 L440 470 Z" fill="${leaf}"/>
<rect x="600" y="360" width="600" height="315" fill="${water}"/>
<path d="M640 360 Q680 340 720 360 T800 360 T880 360 T960 360 T1040 360 T1120 360 T1200 360 L1200 400 L640 400 Z" fill="#7db8e4"/>
<g fill="none" stroke="#ffffff" stroke-width="5" stroke-linecap="round" opacity="0.7"><path d="M660 430 Q700 410 740 430 T820 430"/><path d="M700 520 Q740 500 780 520 T860 520"/><path d="M640 610 Q680 590 720 610 T800 610"/></g>
<rect x="860" y="60" width="270" height="540" rx="36" fill="${ink}"/>
<rect x="878" y="104" width="234" height="452" rx="10" fill="#ffffff"/>
<polygon points="995,130 1080,270 910,270" fill="${orange}" stroke="${ink}" stroke-width="6" stroke-linejoin="round"/>
<rect x="987" y="170" width="16" height="56" rx="6" fill="${ink}"/><circle cx="995" cy="248" r="9" fill="${ink}"/>
<rect x="898" y="296" width="194" height="70" rx="12" fill="#eef3f8"/>${textLines(914, 312, [150, 120], 20, '#9aa5b1', 9)}
<rect x="898" y="380" width="194" height="70" rx="12" fill="#eef3f8"/>${textLines(914, 396, [140, 160], 20, '#9aa5b1', 9)}
<rect x="898" y="464" width="194" height="70" rx="12" fill="#eef3f8"/>${textLines(914, 480, [160, 100], 20, '#9aa5b1', 9)}`,
  )
}

/** Weeknotes: an open notebook with four blocks of notes, a coffee cup and a weekly calendar. */
function notebook(): string {
  const block = (x: number, y: number, marker: string, widths: number[]): string =>
    `<rect x="${x}" y="${y}" width="26" height="26" rx="4" fill="${marker}"/>${textLines(x + 40, y + 8, [140], 20, ink, 10)}${textLines(x, y + 46, widths, 22, '#9aa5b1', 8)}`
  const days = Array.from(
    { length: 5 },
    (_, i) =>
      `<rect x="${110 + i * 56}" y="520" width="46" height="90" rx="6" fill="${i === 4 ? orange : '#eef3f8'}"/>`,
  ).join('')
  return svg(
    W,
    H,
    `<rect width="${W}" height="${H}" fill="#c99660"/>
<g opacity="0.25" stroke="#8f6438" stroke-width="3"><line x1="0" y1="120" x2="${W}" y2="110"/><line x1="0" y1="330" x2="${W}" y2="340"/><line x1="0" y1="560" x2="${W}" y2="550"/></g>
<g transform="rotate(-4 600 300)">
<rect x="250" y="60" width="700" height="440" rx="10" fill="#e9e2d5"/>
<rect x="262" y="70" width="336" height="420" rx="6" fill="#ffffff"/>
<rect x="602" y="70" width="336" height="420" rx="6" fill="#ffffff"/>
<rect x="594" y="70" width="12" height="420" fill="#d9d1c4"/>
${block(292, 100, teal, [260, 230, 250, 180])}
${block(292, 290, yellow, [250, 200, 240])}
${block(632, 100, '#e63946', [240, 260, 150])}
${block(632, 290, navy, [260, 220, 250, 200])}
</g>
<rect x="90" y="480" width="320" height="150" rx="10" fill="#ffffff"/>
<rect x="90" y="480" width="320" height="28" rx="10" fill="${navy}"/><rect x="90" y="496" width="320" height="12" fill="${navy}"/>
${days}
${cup(1040, 540, 30, 1.5)}
<rect x="930" y="90" width="20" height="240" rx="8" fill="${teal}" transform="rotate(20 940 210)"/>`,
  )
}

/** Counting trees: a street with houses and trees of different shapes, pins above some trees and a phone. */
function trees(): string {
  const house = (x: number, w: number, h: number, fill: string): string =>
    `<rect x="${x}" y="${420 - h}" width="${w}" height="${h}" fill="${fill}"/><polygon points="${x - 8},${420 - h} ${x + w / 2},${370 - h} ${x + w + 8},${420 - h}" fill="#8c4a3a"/>${Array.from({ length: Math.floor(w / 60) }, (_, i) => `<rect x="${x + 18 + i * 60}" y="${440 - h}" width="30" height="36" fill="${sky}"/>`).join('')}`
  const round = (x: number, r: number, fill: string): string =>
    `<rect x="${x - 10}" y="${520 - r}" width="20" height="${r + 20}" fill="#7a5230"/><circle cx="${x}" cy="${500 - r * 1.5}" r="${r}" fill="${fill}"/>`
  const cone = (x: number, h: number, fill: string): string =>
    `<rect x="${x - 8}" y="480" width="16" height="60" fill="#7a5230"/><polygon points="${x},${480 - h} ${x - h / 3.2},490 ${x + h / 3.2},490" fill="${fill}"/>`
  return svg(
    W,
    H,
    `<rect width="${W}" height="${H}" fill="#d8ecf7"/>
${house(40, 190, 200, '#f2d0a4')}${house(260, 150, 240, '#e9c46a')}${house(440, 210, 180, '#f4a261')}${house(690, 170, 220, '#e6d5b8')}${house(890, 220, 190, '#f2d0a4')}
<rect x="0" y="420" width="${W}" height="60" fill="#b8c2cc"/>
<rect x="0" y="480" width="${W}" height="195" fill="#9fd18b"/>
<rect x="0" y="600" width="${W}" height="75" fill="#c9ccd1"/>
${round(120, 70, leaf)}${cone(260, 230, darkLeaf)}${round(400, 56, '#6fb36b')}${round(560, 80, darkLeaf)}${cone(700, 180, leaf)}${round(830, 62, '#6fb36b')}${round(1090, 74, leaf)}
${pin(120, 280, orange)}${pin(260, 230, yellow)}${pin(560, 240, orange)}${pin(830, 300, teal)}${pin(1090, 260, yellow)}
<rect x="920" y="400" width="180" height="260" rx="24" fill="${ink}" transform="rotate(8 1010 530)"/>
<g transform="rotate(8 1010 530)"><rect x="934" y="430" width="152" height="200" rx="6" fill="#e4ecdc"/><path d="M934 520 L1086 480" stroke="#ffffff" stroke-width="10"/><path d="M990 430 L1020 630" stroke="#ffffff" stroke-width="8"/><circle cx="960" cy="590" r="12" fill="${leaf}"/><circle cx="1060" cy="560" r="10" fill="${leaf}"/><circle cx="1050" cy="450" r="12" fill="${leaf}"/>${pin(1010, 540, '#e63946', 0.8)}</g>`,
  )
}

// ---------------------------------------------------------------------------------------------

const postImage = (
  id: string,
  draw: () => string,
  alt: { nl: string; en: string },
  focalPoint: { x: number; y: number },
  caption?: { nl: string; en: string },
): DemoImage => ({ id, format: 'jpg', width: W, height: H, svg: draw(), alt, caption, credit, focalPoint })

export const images: DemoImage[] = [
  ...Object.entries(portraits).map(([author, p]): DemoImage => ({
    id: `portret-${author}`,
    format: 'jpg',
    width: 600,
    height: 600,
    svg: portrait(p),
    alt: portraitAlt[author],
    credit,
    focalPoint: { x: 50, y: 45 },
  })),
  postImage(
    'blog-vijftien-jaar-netwerk',
    network,
    {
      nl: 'Een netwerk van gekleurde stippen, verbonden door witte lijnen, dat uitwaaiert vanuit een klein blogpagina-icoon links; rechtsboven het getal 15 in grote gele cijfers, op een donkerblauwe achtergrond',
      en: 'A network of coloured dots connected by white lines, fanning out from a small blog page icon on the left; at top right the number 15 in large yellow digits, on a dark blue background',
    },
    { x: 55, y: 50 },
  ),
  postImage(
    'blog-webcare-zaterdagavond',
    saturdayNight,
    {
      nl: 'Een smartphone vol chatberichten en een rode meldingsstip, tegen een donkerblauwe avondlucht met een maansikkel en sterren; linksonder een oranje bank',
      en: 'A smartphone full of chat messages with a red notification dot, against a dark blue night sky with a crescent moon and stars; an orange sofa at bottom left',
    },
    { x: 50, y: 45 },
  ),
  postImage(
    'blog-plein-kaart',
    squareMap,
    {
      nl: 'Kaart van een plein van bovenaf, met wegen, parkeervakken, twee bomen, drie marktkramen en een bushokje, bezaaid met gekleurde kaartspelden; bij het bushokje en het zebrapad staat een groep rode spelden',
      en: 'Top-down map of a square with roads, parking bays, two trees, three market stalls and a bus shelter, dotted with coloured map pins; a cluster of red pins stands by the bus shelter and the zebra crossing',
    },
    { x: 45, y: 60 },
    {
      nl: 'Zo zag de kaart eruit waarop buurtbewoners hun spelden zetten (vereenvoudigde illustratie)',
      en: 'What the map where residents placed their pins looked like (simplified illustration)',
    },
  ),
  postImage(
    'blog-plein-stemmen',
    voteChart,
    {
      nl: 'Staafdiagram met drie staven: scenario A 46 procent, scenario B 21 procent en scenario C 33 procent',
      en: 'Bar chart with three bars: scenario A 46 per cent, scenario B 21 per cent and scenario C 33 per cent',
    },
    { x: 50, y: 50 },
  ),
  postImage(
    'blog-open-koffie-tafel',
    coffeeTable,
    {
      nl: 'Een tafel van bovenaf gezien met vijf koffiekopjes, een schaal broodjes, twee laptops, notitieblokken en een thermoskan, met groenblauwe en oranje stoelen eromheen',
      en: 'A table seen from above with five coffee cups, a plate of buns, two laptops, notepads and a thermos flask, surrounded by teal and orange chairs',
    },
    { x: 50, y: 50 },
  ),
  postImage(
    'blog-open-koffie-flip-over',
    flipChart,
    {
      nl: 'Een flip-over op een driepoot, beplakt met gele en oranje plakbriefjes in drie kolommen, voor een lichte muur met twee ramen',
      en: 'A flip chart on a tripod, covered in yellow and orange sticky notes in three columns, in front of a light wall with two windows',
    },
    { x: 50, y: 45 },
  ),
  postImage(
    'blog-provincie-datakaart',
    provinceMap,
    {
      nl: 'Vereenvoudigde kaart van een provincie met een blauwe rivier, witte wegen en oranje, gele en donkerblauwe cirkels van verschillende grootte als datapunten; rechts een kaartje met een klein staafdiagram',
      en: 'Simplified map of a province with a blue river, white roads and orange, yellow and dark blue circles of different sizes as data points; on the right a card with a small bar chart',
    },
    { x: 45, y: 50 },
  ),
  postImage(
    'blog-datasets-per-jaar',
    datasetChart,
    {
      nl: 'Staafdiagram met zes oplopende staven voor de jaren 2019 tot en met 2024, met de waarden 12, 19, 34, 51, 68 en 87',
      en: 'Bar chart with six rising bars for the years 2019 to 2024, with the values 12, 19, 34, 51, 68 and 87',
    },
    { x: 50, y: 50 },
  ),
  postImage(
    'blog-over-de-grens',
    border,
    {
      nl: 'Acht getekende figuren aan één lange tafel die over een gestippelde grenslijn heen loopt; links een oranje, rechts een groenblauwe achtergrond',
      en: 'Eight illustrated figures at one long table that crosses a dashed border line; an orange background on the left and a teal one on the right',
    },
    { x: 50, y: 55 },
  ),
  postImage(
    'blog-open-deur',
    openDoor,
    {
      nl: 'Een kantoor met een wijd openstaande oranje deur waardoor geel licht op de vloer valt; rechts een bureau met een laptop, papieren, een plant en een stoel, onder een raam',
      en: 'An office with a wide-open orange door letting yellow light fall on the floor; on the right a desk with a laptop, papers, a plant and a chair, beneath a window',
    },
    { x: 40, y: 50 },
  ),
  postImage(
    'blog-crisisoefening',
    crisis,
    {
      nl: 'Hoog water tegen een groene dijk met drie huizen erachter; rechts een grote telefoon met een oranje waarschuwingsdriehoek en drie berichten',
      en: 'High water against a green dike with three houses behind it; on the right a large phone showing an orange warning triangle and three messages',
    },
    { x: 60, y: 50 },
  ),
  postImage(
    'blog-weeknotes-schrift',
    notebook,
    {
      nl: 'Een opengeslagen schrift met vier blokken aantekeningen, elk met een gekleurd vierkantje, op een houten tafel naast een pen, een kop koffie en een weekkalender waarop de vrijdag oranje is',
      en: 'An open notebook with four blocks of notes, each marked with a coloured square, on a wooden table next to a pen, a cup of coffee and a weekly calendar with Friday in orange',
    },
    { x: 50, y: 45 },
  ),
  postImage(
    'blog-bomen-tellen',
    trees,
    {
      nl: 'Een straat met huizen en bomen van verschillende vormen, met gekleurde kaartspelden boven vijf bomen; rechtsonder een telefoon met een kaart en een rode speld',
      en: 'A street with houses and trees of different shapes, with coloured map pins above five trees; at bottom right a phone showing a map and a red pin',
    },
    { x: 50, y: 55 },
  ),
]
