/**
 * Portraits for the speakers pool (content/speakers): friendly, abstract head-and-shoulders drawings,
 * one per speaker, built from a handful of shapes so every SVG stays small and self-contained.
 */
import type { DemoImage } from './types'

type Hair = 'short' | 'side' | 'long' | 'bob' | 'bun' | 'curly' | 'afro' | 'bald' | 'wavy' | 'hijab'

type Portrait = {
  id: string
  background: string
  /** Lighter circle behind the head. */
  halo: string
  skin: string
  hair: Hair
  hairColour: string
  shirt: string
  collar?: string
  glasses?: boolean
  beard?: boolean
  moustache?: boolean
  alt: { nl: string; en: string }
}

const W = 600
const H = 600
const CX = 300
const CY = 255

/** Darkens (negative) or lightens (positive) a #rrggbb colour by a fraction. */
function shade(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  const channel = (shift: number): number => {
    const c = (n >> shift) & 0xff
    const v = amount < 0 ? c * (1 + amount) : c + (255 - c) * amount
    return Math.round(Math.min(255, Math.max(0, v)))
  }
  return `#${[16, 8, 0].map((s) => channel(s).toString(16).padStart(2, '0')).join('')}`
}

/** Hair drawn behind the head (long hair, bob, afro, hijab drape). */
function hairBack(p: Portrait): string {
  const c = p.hairColour
  switch (p.hair) {
    case 'long':
      return `<path d="M188 250C178 128 250 110 300 110C356 110 424 130 412 250L428 468C380 492 220 492 172 468Z" fill="${c}"/>`
    case 'bob':
      return `<path d="M192 250C186 130 252 114 300 114C352 114 416 132 408 250L414 356C380 372 220 372 186 356Z" fill="${c}"/>`
    case 'afro': {
      const puffs: string[] = []
      for (let i = 0; i < 14; i++) {
        const a = (Math.PI * 2 * i) / 14
        const x = Math.round(CX + Math.cos(a) * 118)
        const y = Math.round(205 + Math.sin(a) * 100)
        puffs.push(`<circle cx="${x}" cy="${y}" r="58"/>`)
      }
      return `<g fill="${c}"><circle cx="${CX}" cy="205" r="130"/>${puffs.join('')}</g>`
    }
    case 'curly': {
      const curls: string[] = []
      for (let i = 0; i < 11; i++) {
        const a = Math.PI + (Math.PI * i) / 10
        const x = Math.round(CX + Math.cos(a) * 102)
        const y = Math.round(222 + Math.sin(a) * 100)
        curls.push(`<circle cx="${x}" cy="${y}" r="36"/>`)
      }
      return `<g fill="${c}">${curls.join('')}<circle cx="200" cy="262" r="30"/><circle cx="400" cy="262" r="30"/></g>`
    }
    default:
      return ''
  }
}

/** A headscarf drapes over the shoulders, so it is drawn after the shirt. */
function headscarf(p: Portrait): string {
  if (p.hair !== 'hijab') return ''
  return `<path d="M172 262C162 108 438 108 428 262L444 468Q300 532 156 468Z" fill="${p.hairColour}"/>`
}

/** Hair drawn over the top of the head. */
function hairFront(p: Portrait): string {
  const c = p.hairColour
  switch (p.hair) {
    case 'short':
      return `<path d="M206 250C192 150 254 120 306 122C368 124 410 164 394 250C386 206 364 182 300 180C244 180 218 206 206 250Z" fill="${c}"/>`
    case 'side':
      return `<path d="M204 256C190 148 256 118 310 122C372 126 412 170 396 252C384 198 352 176 318 172C300 196 244 196 204 256Z" fill="${c}"/>`
    case 'wavy':
      return `<path d="M202 262C184 150 250 116 304 118C370 120 418 166 398 262C392 222 380 200 362 190C350 204 330 206 318 192C304 208 282 208 270 192C256 206 236 206 226 196C214 214 206 236 202 262Z" fill="${c}"/>`
    case 'long':
    case 'bob':
      return `<path d="M204 262C196 156 250 126 302 126C356 126 410 156 396 262C388 218 366 188 336 176C306 196 248 206 204 262Z" fill="${c}"/>`
    case 'bun':
      return `<circle cx="${CX}" cy="118" r="44" fill="${c}"/><path d="M206 250C196 156 254 130 300 130C350 130 406 156 394 250C384 204 352 178 300 178C248 178 216 204 206 250Z" fill="${c}"/>`
    case 'curly':
      return `<path d="M212 236C206 166 252 140 300 140C350 140 396 166 388 236C376 206 350 190 300 190C252 190 226 206 212 236Z" fill="${c}"/>`
    case 'bald':
      return `<path d="M206 262C204 236 208 222 214 214L222 262Z" fill="${c}"/><path d="M394 262C396 236 392 222 386 214L378 262Z" fill="${c}"/>`
    case 'hijab':
      return `<path d="M202 270C192 118 408 118 398 270C388 206 352 184 300 184C248 184 212 206 204 270Z" fill="${c}"/><path d="M206 262C214 204 250 186 300 186C350 186 386 204 394 262" stroke="${shade(c, -0.2)}" stroke-width="6" fill="none"/>`
    default:
      return ''
  }
}

function face(p: Portrait): string {
  const dark = shade(p.skin, -0.35)
  const ink = '#2a2320'
  const brow = p.hair === 'bald' || p.hair === 'hijab' ? shade(p.skin, -0.55) : shade(p.hairColour, -0.1)
  const parts = [
    // eyes and brows
    `<circle cx="264" cy="262" r="8" fill="${ink}"/><circle cx="336" cy="262" r="8" fill="${ink}"/>`,
    `<path d="M246 238Q264 228 282 238M318 238Q336 228 354 238" stroke="${brow}" stroke-width="6" fill="none" stroke-linecap="round"/>`,
    // nose, cheeks, smile
    `<path d="M300 270Q292 296 304 300" stroke="${dark}" stroke-width="4" fill="none" stroke-linecap="round"/>`,
    `<circle cx="246" cy="298" r="15" fill="#e07a6a" opacity=".22"/><circle cx="354" cy="298" r="15" fill="#e07a6a" opacity=".22"/>`,
  ]
  if (p.beard) {
    parts.push(
      `<path d="M214 286C222 374 262 396 300 396C338 396 378 374 386 286C374 320 350 338 300 338C250 338 226 320 214 286Z" fill="${p.hairColour}"/>`,
    )
  }
  if (p.moustache || p.beard) {
    parts.push(
      `<path d="M272 318Q300 304 328 318Q300 312 272 318Z" stroke="${p.hairColour}" stroke-width="9" fill="${p.hairColour}" stroke-linejoin="round"/>`,
    )
  }
  parts.push(
    `<path d="M276 326Q300 346 324 326" stroke="${shade(p.skin, -0.5)}" stroke-width="6" fill="none" stroke-linecap="round"/>`,
  )
  if (p.glasses) {
    parts.push(
      `<g stroke="#33302e" stroke-width="5" fill="#ffffff" fill-opacity=".12"><circle cx="264" cy="262" r="27"/><circle cx="336" cy="262" r="27"/></g><path d="M291 260Q300 252 309 260M237 258L212 252M363 258L388 252" stroke="#33302e" stroke-width="5" fill="none" stroke-linecap="round"/>`,
    )
  }
  return parts.join('')
}

function svg(p: Portrait): string {
  const neckShade = shade(p.skin, -0.12)
  const ears =
    p.hair === 'hijab'
      ? ''
      : `<ellipse cx="206" cy="268" rx="17" ry="27" fill="${p.skin}"/><ellipse cx="394" cy="268" rx="17" ry="27" fill="${p.skin}"/>`
  const neck = p.hair === 'hijab' ? '' : `<path d="M262 330L338 330L344 430L256 430Z" fill="${neckShade}"/>`
  const collar = p.collar
    ? `<path d="M248 432L300 484L352 432L330 424L300 456L270 424Z" fill="${p.collar}"/>`
    : `<path d="M256 428Q300 470 344 428Z" fill="${neckShade}"/>`
  const faceShape =
    p.hair === 'hijab'
      ? `<ellipse cx="${CX}" cy="${CY + 12}" rx="84" ry="100" fill="${p.skin}"/>`
      : `<ellipse cx="${CX}" cy="${CY}" rx="94" ry="114" fill="${p.skin}"/>`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<rect width="${W}" height="${H}" fill="${p.background}"/>`,
    `<circle cx="${CX}" cy="270" r="215" fill="${p.halo}"/>`,
    `<circle cx="88" cy="92" r="26" fill="${p.halo}"/><circle cx="530" cy="520" r="18" fill="${p.halo}"/>`,
    hairBack(p),
    `<path d="M70 600C70 486 168 424 300 424C432 424 530 486 530 600Z" fill="${p.shirt}"/>`,
    neck,
    p.hair === 'hijab' ? headscarf(p) : collar,
    ears,
    faceShape,
    hairFront(p),
    face(p),
    `</svg>`,
  ].join('')
}

const portraits: Portrait[] = [
  {
    id: 'sjoerd-wijnsma',
    background: '#cfe3f2',
    halo: '#e6f1f9',
    skin: '#f2c9a8',
    hair: 'short',
    hairColour: '#c46a32',
    shirt: '#2f6b4f',
    collar: '#e8e2d0',
    beard: true,
    alt: {
      nl: 'Getekend portret van Sjoerd Wijnsma: een man met kort rossig haar en een rossige baard, in een groene trui met lichte kraag, tegen een lichtblauwe achtergrond.',
      en: 'Illustrated portrait of Sjoerd Wijnsma: a man with short ginger hair and a ginger beard, in a green jumper with a light collar, against a light blue background.',
    },
  },
  {
    id: 'samira-ouali',
    background: '#f6e3a8',
    halo: '#fbf0cf',
    skin: '#c98f63',
    hair: 'hijab',
    hairColour: '#2e5e7a',
    shirt: '#b5523b',
    alt: {
      nl: 'Getekend portret van Samira Ouali: een glimlachende vrouw met een blauwe hoofddoek en een roestrode blouse, tegen een zachtgele achtergrond.',
      en: 'Illustrated portrait of Samira Ouali: a smiling woman wearing a blue headscarf and a rust-red blouse, against a soft yellow background.',
    },
  },
  {
    id: 'bart-verstraeten',
    background: '#f7cfae',
    halo: '#fbe4d1',
    skin: '#f0c4a0',
    hair: 'side',
    hairColour: '#4a3222',
    shirt: '#27406b',
    collar: '#ffffff',
    glasses: true,
    alt: {
      nl: 'Getekend portret van Bart Verstraeten: een man met kort donkerbruin haar met een zijscheiding en een ronde bril, in een donkerblauw jasje met wit overhemd, tegen een perzikkleurige achtergrond.',
      en: 'Illustrated portrait of Bart Verstraeten: a man with short, side-parted dark brown hair and round glasses, in a navy jacket and white shirt, against a peach background.',
    },
  },
  {
    id: 'marieke-verhoef',
    background: '#c9ead9',
    halo: '#e2f4ea',
    skin: '#f5cfb4',
    hair: 'long',
    hairColour: '#8c3f23',
    shirt: '#e0705a',
    alt: {
      nl: 'Getekend portret van Marieke Verhoef: een vrouw met lang roodbruin haar tot over de schouders, in een koraalkleurige trui, tegen een mintgroene achtergrond.',
      en: 'Illustrated portrait of Marieke Verhoef: a woman with long auburn hair falling past her shoulders, in a coral jumper, against a mint green background.',
    },
  },
  {
    id: 'lotte-vanhove',
    background: '#dcd3f0',
    halo: '#ece7f8',
    skin: '#f7d6bf',
    hair: 'bob',
    hairColour: '#e2bd6a',
    shirt: '#23395d',
    collar: '#7fa7d9',
    alt: {
      nl: 'Getekend portret van Lotte Vanhove: een vrouw met blond haar in een halflange boblijn, in een donkerblauwe top met lichtblauwe kraag, tegen een lila achtergrond.',
      en: 'Illustrated portrait of Lotte Vanhove: a woman with a blonde, chin-length bob, in a dark blue top with a light blue collar, against a lilac background.',
    },
  },
  {
    id: 'thomas-brinkman',
    background: '#f3d9c9',
    halo: '#f9ebe2',
    skin: '#7a4a2e',
    hair: 'short',
    hairColour: '#1d1714',
    shirt: '#8fb8de',
    collar: '#f4f7fb',
    alt: {
      nl: 'Getekend portret van Thomas Brinkman: een man met een donkere huid en kortgeknipt zwart haar, in een lichtblauw overhemd, tegen een zachtroze achtergrond.',
      en: 'Illustrated portrait of Thomas Brinkman: a man with dark skin and close-cropped black hair, in a light blue shirt, against a soft pink background.',
    },
  },
  {
    id: 'annelies-peeters',
    background: '#d7ecc4',
    halo: '#e9f5de',
    skin: '#e9b995',
    hair: 'bun',
    hairColour: '#3b2a22',
    shirt: '#8a2f45',
    glasses: true,
    alt: {
      nl: 'Getekend portret van Annelies Peeters: een vrouw met donkerbruin haar in een knot en een ronde bril, in een bordeauxrode trui, tegen een lichtgroene achtergrond.',
      en: 'Illustrated portrait of Annelies Peeters: a woman with dark brown hair in a bun and round glasses, in a burgundy jumper, against a light green background.',
    },
  },
  {
    id: 'ruud-kessels',
    background: '#eadbc4',
    halo: '#f4ecdf',
    skin: '#efc2a2',
    hair: 'bald',
    hairColour: '#a8a39c',
    shirt: '#2f7f7a',
    collar: '#f0ede6',
    beard: true,
    alt: {
      nl: 'Getekend portret van Ruud Kessels: een kale man met een grijze baard, in een petrolkleurig jasje met licht overhemd, tegen een zandkleurige achtergrond.',
      en: 'Illustrated portrait of Ruud Kessels: a bald man with a grey beard, in a teal jacket and light shirt, against a sand-coloured background.',
    },
  },
  {
    id: 'yvonne-dijkstra',
    background: '#f6cdd6',
    halo: '#fbe3e8',
    skin: '#5e3a26',
    hair: 'afro',
    hairColour: '#201614',
    shirt: '#e9b425',
    alt: {
      nl: 'Getekend portret van Yvonne Dijkstra: een vrouw met een donkere huid en een volle afro, in een okergele trui, tegen een roze achtergrond.',
      en: 'Illustrated portrait of Yvonne Dijkstra: a woman with dark skin and a full afro, in a mustard yellow jumper, against a pink background.',
    },
  },
  {
    id: 'koen-de-smet',
    background: '#d3dde6',
    halo: '#e6edf3',
    skin: '#f1c7a6',
    hair: 'wavy',
    hairColour: '#6b4a30',
    shirt: '#dd7a2e',
    alt: {
      nl: 'Getekend portret van Koen De Smet: een man met golvend middenbruin haar, in een oranje trui, tegen een grijsblauwe achtergrond.',
      en: 'Illustrated portrait of Koen De Smet: a man with wavy mid-brown hair, in an orange jumper, against a grey-blue background.',
    },
  },
  {
    id: 'hanneke-mulder',
    background: '#c4e6e4',
    halo: '#dff2f1',
    skin: '#f3cdb2',
    hair: 'curly',
    hairColour: '#c9c6c2',
    shirt: '#6a4c93',
    glasses: true,
    alt: {
      nl: 'Getekend portret van Hanneke Mulder: een vrouw met kort grijs krullend haar en een ronde bril, in een paarse blouse, tegen een lichtturquoise achtergrond.',
      en: 'Illustrated portrait of Hanneke Mulder: a woman with short, curly grey hair and round glasses, in a purple blouse, against a light turquoise background.',
    },
  },
  {
    id: 'rajesh-ramdin',
    background: '#e3ecb8',
    halo: '#f0f5d8',
    skin: '#a9704a',
    hair: 'side',
    hairColour: '#17120f',
    shirt: '#7d2a2a',
    collar: '#f2efe8',
    moustache: true,
    alt: {
      nl: 'Getekend portret van Rajesh Ramdin: een man met een bruine huid, kort zwart haar en een snor, in een donkerrood jasje met licht overhemd, tegen een lichtgroengele achtergrond.',
      en: 'Illustrated portrait of Rajesh Ramdin: a man with brown skin, short black hair and a moustache, in a dark red jacket and light shirt, against a pale yellow-green background.',
    },
  },
]

export const images: DemoImage[] = portraits.map((p) => ({
  id: `spreker-${p.id}`,
  format: 'jpg',
  width: W,
  height: H,
  svg: svg(p),
  alt: p.alt,
  credit: 'Illustratie: redactie Open Ambt, CC BY 4.0',
  focalPoint: { x: 50, y: 43 },
}))
