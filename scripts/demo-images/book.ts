/**
 * Demo images for the free book: the Dutch and English covers and the figures used in the chapters.
 * Flat shapes and generic sans-serif text only, so the drawings look the same on every machine.
 */
import type { DemoImage } from './types'

const credit = 'Illustratie: redactie Open Ambt, CC BY 4.0'

const navy = '#0f2d52'
const orange = '#f28c28'
const yellow = '#ffd23f'
const teal = '#2bb3a3'
const sky = '#cfe3f5'
const ink = '#1d2733'

type CoverText = {
  kicker: string
  title: [string, string, string]
  subtitle: [string, string]
  edition: string
  publisher: string
}

/** Network nodes on the cover: the counter (loket) on the left opens into a web of connections. */
const nodes: Array<[number, number, number, string]> = [
  [610, 250, 34, '#ffffff'],
  [820, 420, 46, teal],
  [700, 640, 28, '#ffffff'],
  [1010, 300, 30, yellow],
  [1080, 600, 40, '#ffffff'],
  [1300, 860, 26, teal],
  [930, 820, 22, yellow],
  [1420, 420, 36, '#ffffff'],
]

const edges: Array<[number, number]> = [
  [0, 1],
  [1, 2],
  [1, 3],
  [1, 4],
  [3, 7],
  [4, 5],
  [4, 6],
  [2, 6],
  [4, 7],
]

function cover(text: CoverText): string {
  const counter = { x: 150, y: 330, size: 300 }
  const hub: [number, number] = [counter.x + counter.size, counter.y + counter.size / 2]
  const lines = [
    ...edges.map(([a, b]) => [nodes[a][0], nodes[a][1], nodes[b][0], nodes[b][1]]),
    [hub[0], hub[1], nodes[0][0], nodes[0][1]],
    [hub[0], hub[1], nodes[1][0], nodes[1][1]],
    [hub[0], hub[1], nodes[2][0], nodes[2][1]],
  ]
    .map(([x1, y1, x2, y2]) => `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`)
    .join('')
  const dots = nodes
    .map(([cx, cy, r, fill]) => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/>`)
    .join('')
  const bars = [orange, yellow, teal, sky, orange]
    .map(
      (fill, i) => `<rect x="${150 + i * 270}" y="1900" width="240" height="${40 + i * 22}" fill="${fill}"/>`,
    )
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="2400" viewBox="0 0 1600 2400">
<rect width="1600" height="2400" fill="${navy}"/>
<circle cx="1430" cy="330" r="430" fill="${orange}" opacity="0.9"/>
<circle cx="1680" cy="2440" r="480" fill="${teal}" opacity="0.35"/>
<g stroke="#ffffff" stroke-width="6" stroke-linecap="round" opacity="0.85">${lines}</g>
<rect x="${counter.x}" y="${counter.y}" width="${counter.size}" height="${counter.size}" rx="18" fill="${yellow}"/>
<rect x="${counter.x + 60}" y="${counter.y + 60}" width="${counter.size - 120}" height="${counter.size - 150}" rx="8" fill="${navy}"/>
<rect x="${counter.x + 30}" y="${counter.y + counter.size - 70}" width="${counter.size - 60}" height="24" fill="${navy}"/>
${dots}
<text x="150" y="180" font-family="sans-serif" font-size="44" font-weight="700" letter-spacing="10" fill="${yellow}">${text.kicker}</text>
<g font-family="sans-serif" font-weight="700" font-size="180" fill="#ffffff">
<text x="140" y="1180">${text.title[0]}</text>
<text x="140" y="1380">${text.title[1]}</text>
<text x="140" y="1580">${text.title[2]}</text>
</g>
<rect x="150" y="1650" width="220" height="14" fill="${orange}"/>
<g font-family="sans-serif" font-size="54" fill="${sky}">
<text x="150" y="1760">${text.subtitle[0]}</text>
<text x="150" y="1830">${text.subtitle[1]}</text>
</g>
${bars}
<g font-family="sans-serif" fill="#ffffff">
<text x="150" y="2200" font-size="44">${text.edition}</text>
<text x="150" y="2280" font-size="52" font-weight="700">${text.publisher}</text>
</g>
</svg>`
}

/** Timeline of the network, with a Dutch and an English label per milestone. */
function timeline(): string {
  const events: Array<[string, string, string, string]> = [
    ['2008', 'Onderzoek en blog', 'Research and blog', orange],
    ['2010', 'Eerste boek', 'First book', teal],
    ['2011', 'Open Koffie', 'Open Koffie', yellow],
    ['2013', 'Stichting', 'Foundation', orange],
    ['2016', 'Engelse editie', 'English edition', teal],
    ['2025', 'Herziene druk', 'Revised edition', yellow],
  ]
  const step = 180
  const marks = events
    .map(([year, nl, en, fill], i) => {
      const x = 160 + i * step
      const up = i % 2 === 0
      const stemEnd = up ? 300 : 500
      const yearY = up ? 270 : 575
      const labelY = up ? 160 : 630
      return `<line x1="${x}" y1="400" x2="${x}" y2="${stemEnd}" stroke="${ink}" stroke-width="4"/>
<circle cx="${x}" cy="400" r="24" fill="${fill}" stroke="${ink}" stroke-width="5"/>
<text x="${x}" y="${yearY}" text-anchor="middle" font-size="46" font-weight="700" fill="${ink}">${year}</text>
<text x="${x}" y="${labelY}" text-anchor="middle" font-size="25" font-weight="700" fill="${ink}">${nl}</text>
<text x="${x}" y="${labelY + 34}" text-anchor="middle" font-size="23" fill="#4a5a6a">${en}</text>`
    })
    .join('\n')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
<rect width="1200" height="800" fill="#f7f4ee"/>
<rect x="40" y="392" width="1120" height="16" rx="8" fill="${navy}"/>
<polygon points="1160,372 1192,400 1160,428" fill="${navy}"/>
<g font-family="sans-serif">
${marks}
</g>
</svg>`
}

/** The participation ladder as a staircase: each step gives residents more influence. */
function ladder(): string {
  const steps: Array<[string, string, string]> = [
    ['Informeren', 'Inform', sky],
    ['Raadplegen', 'Consult', teal],
    ['Adviseren', 'Advise', yellow],
    ['Coproduceren', 'Co-produce', orange],
    ['Meebeslissen', 'Co-decide', navy],
  ]
  const width = 204
  const blocks = steps
    .map(([nl, en, fill], i) => {
      const x = 70 + i * (width + 8)
      const height = 150 + i * 100
      const y = 720 - height
      const text = fill === navy ? '#ffffff' : ink
      return `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="10" fill="${fill}"/>
<text x="${x + width / 2}" y="${y + 56}" text-anchor="middle" font-size="56" font-weight="700" fill="${text}">${i + 1}</text>
<text x="${x + width / 2}" y="${y + 100}" text-anchor="middle" font-size="24" font-weight="700" fill="${text}">${nl}</text>
<text x="${x + width / 2}" y="${y + 132}" text-anchor="middle" font-size="22" fill="${text}">${en}</text>`
    })
    .join('\n')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
<rect width="1200" height="800" fill="#f7f4ee"/>
<line x1="80" y1="150" x2="560" y2="70" stroke="${ink}" stroke-width="6" stroke-linecap="round"/>
<polygon points="566,44 604,64 572,96" fill="${ink}"/>
<g font-family="sans-serif">
<text x="80" y="230" font-size="30" font-weight="700" fill="${ink}">Meer invloed</text>
<text x="80" y="268" font-size="26" fill="#4a5a6a">More influence</text>
${blocks}
</g>
<rect x="60" y="728" width="1080" height="10" fill="${ink}"/>
</svg>`
}

/** Bar chart: datasets a municipality published per year, with the number above each bar. */
function chart(): string {
  const data: Array<[string, number]> = [
    ['2019', 12],
    ['2020', 25],
    ['2021', 41],
    ['2022', 58],
    ['2023', 77],
    ['2024', 96],
    ['2025', 118],
  ]
  const base = 680
  const scale = 4.4
  const grid = [0, 25, 50, 75, 100, 125]
    .map(
      (v) =>
        `<line x1="130" y1="${base - v * scale}" x2="1140" y2="${base - v * scale}" stroke="#d5d0c6" stroke-width="2"/>
<text x="110" y="${base - v * scale + 10}" text-anchor="end" font-size="28" fill="#4a5a6a">${v}</text>`,
    )
    .join('\n')
  const bars = data
    .map(([year, value], i) => {
      const x = 170 + i * 140
      const h = value * scale
      const fill = i === data.length - 1 ? orange : teal
      return `<rect x="${x}" y="${base - h}" width="96" height="${h}" fill="${fill}"/>
<text x="${x + 48}" y="${base - h - 16}" text-anchor="middle" font-size="32" font-weight="700" fill="${ink}">${value}</text>
<text x="${x + 48}" y="${base + 48}" text-anchor="middle" font-size="30" fill="${ink}">${year}</text>`
    })
    .join('\n')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
<rect width="1200" height="800" fill="#f7f4ee"/>
<g font-family="sans-serif">
${grid}
${bars}
</g>
<line x1="130" y1="${base}" x2="1140" y2="${base}" stroke="${ink}" stroke-width="4"/>
</svg>`
}

export const images: DemoImage[] = [
  {
    id: 'boek-omslag-nl',
    format: 'jpg',
    width: 1600,
    height: 2400,
    svg: cover({
      kicker: 'OPEN AMBT',
      title: ['Van', 'loket naar', 'netwerk'],
      subtitle: ['Hoe het internet het werk', 'van de ambtenaar verandert'],
      edition: 'Tweede, herziene druk',
      publisher: 'Stichting Open Ambt',
    }),
    alt: {
      nl: 'Boekomslag in donkerblauw met de titel ‘Van loket naar netwerk’ in grote witte letters. Bovenaan een geel vierkant loketje waaruit lijnen naar witte, gele en groene stippen lopen, als een netwerk, voor een grote oranje cirkel.',
      en: 'Dark blue book cover with the Dutch title ‘Van loket naar netwerk’ in large white letters. At the top, a small yellow square service counter sends lines out to white, yellow and green dots, like a network, in front of a large orange circle.',
    },
    caption: {
      nl: 'Omslag van de tweede, herziene druk (Nederlandse editie)',
      en: 'Cover of the second, revised edition (Dutch edition)',
    },
    credit,
    focalPoint: { x: 50, y: 55 },
  },
  {
    id: 'boek-omslag-en',
    format: 'jpg',
    width: 1600,
    height: 2400,
    svg: cover({
      kicker: 'OPEN AMBT',
      title: ['From', 'counter to', 'network'],
      subtitle: ['How the internet is changing', 'the work of civil servants'],
      edition: 'Second, revised edition',
      publisher: 'Stichting Open Ambt',
    }),
    alt: {
      nl: 'Boekomslag in donkerblauw met de Engelse titel ‘From counter to network’ in grote witte letters. Bovenaan een geel vierkant loketje waaruit lijnen naar witte, gele en groene stippen lopen, als een netwerk, voor een grote oranje cirkel.',
      en: 'Dark blue book cover with the title ‘From counter to network’ in large white letters. At the top, a small yellow square service counter sends lines out to white, yellow and green dots, like a network, in front of a large orange circle.',
    },
    caption: {
      nl: 'Omslag van de tweede, herziene druk (Engelse editie)',
      en: 'Cover of the second, revised edition (English edition)',
    },
    credit,
    focalPoint: { x: 50, y: 55 },
  },
  {
    id: 'boek-figuur-tijdlijn',
    format: 'png',
    width: 1200,
    height: 800,
    svg: timeline(),
    alt: {
      nl: 'Tijdlijn van Open Ambt met zes mijlpalen: 2008 onderzoek en blog, 2010 eerste boek, 2011 Open Koffie, 2013 stichting, 2016 Engelse editie en 2025 herziene druk. Elk label staat er in het Nederlands en het Engels.',
      en: 'Timeline of Open Ambt with six milestones: 2008 research and blog, 2010 first book, 2011 Open Koffie, 2013 foundation, 2016 English edition and 2025 revised edition. Each label is given in Dutch and English.',
    },
    caption: {
      nl: 'Van onderzoeksproject naar netwerk: Open Ambt sinds 2008',
      en: 'From research project to network: Open Ambt since 2008',
    },
    credit,
    focalPoint: { x: 50, y: 50 },
  },
  {
    id: 'boek-figuur-participatieladder',
    format: 'png',
    width: 1200,
    height: 800,
    svg: ladder(),
    alt: {
      nl: 'Trap van vijf oplopende blokken, genummerd 1 tot 5: informeren, raadplegen, adviseren, coproduceren en meebeslissen, elk ook in het Engels. Linksboven wijst een pijl schuin omhoog naar rechts, met de tekst ‘meer invloed’.',
      en: 'Staircase of five rising blocks, numbered 1 to 5: inform, consult, advise, co-produce and co-decide, each also labelled in Dutch. At the top left, an arrow points up and to the right, with the words ‘more influence’.',
    },
    caption: {
      nl: 'De participatieladder: hoe hoger de trede, hoe meer invloed inwoners hebben',
      en: 'The participation ladder: the higher the step, the more influence residents have',
    },
    credit,
    focalPoint: { x: 60, y: 55 },
  },
  {
    id: 'boek-figuur-datasets',
    format: 'png',
    width: 1200,
    height: 800,
    svg: chart(),
    alt: {
      nl: 'Staafdiagram met het aantal gepubliceerde datasets per jaar van 2019 tot en met 2025: 12, 25, 41, 58, 77, 96 en 118. De staven zijn groen, de laatste is oranje.',
      en: 'Bar chart of the number of published datasets per year from 2019 to 2025: 12, 25, 41, 58, 77, 96 and 118. The bars are green, the last one is orange.',
    },
    caption: {
      nl: 'Gepubliceerde datasets van een middelgrote voorbeeldgemeente, 2019–2025 (fictieve cijfers)',
      en: 'Datasets published by a mid-sized example municipality, 2019–2025 (fictional figures)',
    },
    credit,
    focalPoint: { x: 55, y: 50 },
  },
]
