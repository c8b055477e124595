/**
 * Abuse limits of the GraphQL endpoint (issue 6, point 7): request body size, parser token limits, query depth,
 * aliases, root fields, a list-size-aware complexity estimate, introspection on/off and a per-request timeout. Every
 * limit is a {@code nis2.graphql.*} property ({@link eu.nis2assessor.adapter.graphql.limits.GraphQlLimitsProperties});
 * every refusal happens before execution and is a {@code BAD_REQUEST} error naming the property.
 */
package eu.nis2assessor.adapter.graphql.limits;
