/**
 * GraphQL validation rules that bound what one query may cost, added to Payload's own through
 * `graphQL.validationRules` in payload.config.ts. Payload's `maxComplexity` counts every field once,
 * whatever the `limit` of the list it sits in, so thirty aliases of `Posts(limit: 100)` passed it
 * and answered 86 MB. Here a list's `limit` multiplies the cost of what is asked for each document,
 * and aliases, nesting, query size, limits and (for anonymous callers in production) introspection
 * are capped. The rules run after parsing and before anything touches the database.
 */
import { createRequire } from 'node:module'

import type * as GraphQL from 'graphql'
import type {
  ExecutionArgs,
  FragmentDefinitionNode,
  GraphQLNamedType,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  ValueNode,
} from 'graphql'

import { GRAPHQL_LIMITS, MAX_LIMIT } from './limits'

/**
 * graphql-js refuses schema objects and errors from another copy of itself, and ships two (index.js
 * and index.mjs). Payload loads the CommonJS one; so does this, whoever bundles or transforms it.
 */
const { GraphQLError, getNamedType, isInterfaceType, isObjectType, Kind } = createRequire(import.meta.url)(
  'graphql',
) as typeof GraphQL

/** A list field without `limit` returns Payload's default page of 10; `limit: 0` means all. */
const DEFAULT_PAGE = 10
const ALL_DOCUMENTS_ESTIMATE = 1_000

type Variables = Record<string, unknown> | null | undefined

export function graphqlValidationRules(args: ExecutionArgs): ValidationRule[] {
  const context = args.contextValue as { req?: { user?: unknown } } | undefined
  const loggedIn = Boolean(context?.req?.user)
  return [costRule(loggedIn, args.variableValues as Variables)]
}

function costRule(loggedIn: boolean, variables: Variables): ValidationRule {
  return (context: ValidationContext) => ({
    Document(document) {
      const who = loggedIn ? 'logged-in users' : 'anonymous requests'
      const report = (message: string) => context.reportError(new GraphQLError(message))
      const size = document.loc?.source.body.length ?? 0
      const maxSize = GRAPHQL_LIMITS.maxQueryBytes * (loggedIn ? 5 : 1)
      if (size > maxSize)
        return report(`The query is ${size} characters long; at most ${maxSize} are allowed for ${who}.`)

      const fragments = new Map<string, FragmentDefinitionNode>()
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
      }
      const walker = new Walker(context, fragments, variables, loggedIn)
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue
        const root =
          definition.operation === 'mutation'
            ? context.getSchema().getMutationType()
            : context.getSchema().getQueryType()
        if (root) walker.walk(definition.selectionSet, root, 1, 1)
      }
      const maxDepth = GRAPHQL_LIMITS.maxSelectionDepth[loggedIn ? 'user' : 'anonymous']
      const maxCost = GRAPHQL_LIMITS.maxCost[loggedIn ? 'user' : 'anonymous']
      if (walker.problem) return report(walker.problem)
      if (walker.aliases > GRAPHQL_LIMITS.maxAliases) {
        return report(
          `The query uses ${walker.aliases} aliases; at most ${GRAPHQL_LIMITS.maxAliases} are allowed.`,
        )
      }
      if (walker.depth > maxDepth) {
        return report(
          `The query nests fields ${walker.depth} levels deep; at most ${maxDepth} are allowed for ${who}.`,
        )
      }
      if (walker.cost > maxCost) {
        return report(
          `The query could return too much: its estimated cost is ${walker.cost} (fields asked for times the documents ` +
            `each list may hold); at most ${maxCost} is allowed for ${who}. Ask for fewer fields or smaller limits.`,
        )
      }
    },
  })
}

class Walker {
  aliases = 0
  depth = 0
  cost = 0
  problem: string | null = null
  private readonly expanding = new Set<string>()

  constructor(
    private readonly context: ValidationContext,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Variables,
    private readonly loggedIn: boolean,
  ) {}

  /** Adds the cost of a selection set whose every field is asked `multiplier` times. */
  walk(selectionSet: SelectionSetNode, parent: GraphQLNamedType, multiplier: number, level: number): void {
    this.depth = Math.max(this.depth, level)
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value
        const fragment = this.fragments.get(name)
        // A fragment that spreads itself is reported by GraphQL's own rules; do not loop here.
        if (!fragment || this.expanding.has(name)) continue
        this.expanding.add(name)
        this.walk(
          fragment.selectionSet,
          this.typeNamed(fragment.typeCondition.name.value) ?? parent,
          multiplier,
          level,
        )
        this.expanding.delete(name)
        continue
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.typeNamed(selection.typeCondition.name.value) : parent
        this.walk(selection.selectionSet, type ?? parent, multiplier, level)
        continue
      }
      const name = selection.name.value
      if (selection.alias) this.aliases++
      if (
        (name === '__schema' || name === '__type') &&
        !this.loggedIn &&
        process.env.NODE_ENV === 'production'
      ) {
        this.problem ??= 'GraphQL introspection is available to logged-in users only.'
      }
      const definition =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined
      if (!definition) continue // __typename, introspection, or an unknown field GraphQL reports itself
      const own = typeof definition.extensions?.complexity === 'number' ? definition.extensions.complexity : 1
      this.cost += multiplier * own
      if (!selection.selectionSet) continue
      let perDocument = 1
      if (definition.args.some((arg) => arg.name === 'limit')) {
        const argument = selection.arguments?.find((arg) => arg.name.value === 'limit')
        perDocument = this.pageSize(argument ? this.valueOf(argument.value) : undefined, name)
        const pagination = selection.arguments?.find((arg) => arg.name.value === 'pagination')
        if (pagination && this.valueOf(pagination.value) === false) {
          if (!this.loggedIn)
            this.problem ??= `${name}: pagination: false is not allowed for anonymous requests.`
          perDocument = ALL_DOCUMENTS_ESTIMATE
        }
      }
      this.walk(selection.selectionSet, getNamedType(definition.type), multiplier * perDocument, level + 1)
    }
  }

  private pageSize(limit: unknown, field: string): number {
    if (limit === undefined || limit === null) return DEFAULT_PAGE
    const allowed =
      typeof limit === 'number' &&
      Number.isInteger(limit) &&
      (this.loggedIn ? limit >= 0 : limit >= 1 && limit <= MAX_LIMIT)
    if (!allowed) {
      this.problem ??= this.loggedIn
        ? `${field}: limit must be a whole number (got ${JSON.stringify(limit)}).`
        : `${field}: limit must be a whole number from 1 to ${MAX_LIMIT} for anonymous requests (got ${JSON.stringify(limit)}); use page for more.`
      return DEFAULT_PAGE
    }
    return limit === 0 ? ALL_DOCUMENTS_ESTIMATE : limit
  }

  private valueOf(node: ValueNode): unknown {
    if (node.kind === Kind.VARIABLE) return this.variables?.[node.name.value]
    if (node.kind === Kind.INT) return Number(node.value)
    if (node.kind === Kind.BOOLEAN) return node.value
    if (node.kind === Kind.NULL) return null
    return 'value' in node ? node.value : undefined
  }

  private typeNamed(name: string): GraphQLNamedType | undefined {
    return this.context.getSchema().getType(name) ?? undefined
  }
}
