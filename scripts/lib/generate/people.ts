/**
 * Generated people (authors and speakers): a name nobody in content/ has yet, and the slots their
 * biographies are written with.
 */
import { ORGANISATIONS, type Organisation } from './organisations'
import { both, fill, type Both, type Slots } from './phrases'
import type { Random } from './random'
import { FIRST_NAMES, LAST_NAMES, ROLES, type Role } from './textPeople'
import { THEMES, type Theme } from './textThemes'

export type Person = {
  name: string
  first: string
  role: Role
  org: Organisation
  themes: Theme[]
  subject: Both
}

/** Full names, different from each other and from the names in content/ as long as any are left. */
export class NameSource {
  private readonly used: Set<string>

  constructor(taken: Iterable<string>) {
    this.used = new Set(taken)
  }

  next(random: Random): { name: string; first: string } {
    let first = random.pick(FIRST_NAMES)
    let name = `${first} ${random.pick(LAST_NAMES)}`
    for (let attempt = 0; this.used.has(name) && attempt < 40; attempt++) {
      first = random.pick(FIRST_NAMES)
      name = `${first} ${random.pick(LAST_NAMES)}`
    }
    this.used.add(name)
    return { name, first }
  }
}

export function person(random: Random, names: NameSource): Person {
  const { name, first } = names.next(random)
  const role = random.pick(ROLES)
  const themes = role.themes.map((wanted) => THEMES.find((theme) => theme.name === wanted)!)
  return {
    name,
    first,
    role,
    org: random.pick(ORGANISATIONS),
    themes,
    subject: fill(random.pick(themes[0].subjects), random),
  }
}

/** "beleidsadviseur open data" in Dutch, "an open data policy adviser" in English. */
function roleInSentence(role: Role): Both {
  const nl = role.title[0].charAt(0).toLowerCase() + role.title[0].slice(1)
  const en = role.title[1].charAt(0).toLowerCase() + role.title[1].slice(1)
  return { nl, en: `${/^[aeio]/.test(en) ? 'an' : 'a'} ${en}` }
}

export function personSlots(who: Person, random: Random): Slots {
  return {
    name: both(who.name),
    first: both(who.first),
    aRole: roleInSentence(who.role),
    org: who.org.the,
    place: who.org.place,
    year: both(String(random.int(1996, 2020))),
    subject: who.subject,
  }
}

/** "Beleidsadviseur open data, gemeente Zwolle" / "Open data policy adviser, Municipality of Zwolle". */
export function jobTitleAt(who: Person): Both {
  return {
    nl: `${who.role.title[0]}, ${who.org.the.nl.replace(/^(de|het) /, '')}`,
    en: `${who.role.title[1]}, ${who.org.name.en}`,
  }
}
