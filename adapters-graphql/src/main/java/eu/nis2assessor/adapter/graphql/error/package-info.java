/**
 * Reusable GraphQL error handling. Every error a client sees carries {@code extensions.classification},
 * one of {@code UNAUTHORIZED}, {@code FORBIDDEN}, {@code NOT_FOUND}, {@code BAD_REQUEST} or
 * {@code INTERNAL_ERROR} (Spring GraphQL's {@link org.springframework.graphql.execution.ErrorType}):
 * <ul>
 *   <li>{@link GraphQlExceptionResolver}: exceptions thrown while fetching data;</li>
 *   <li>{@link ErrorClassificationInterceptor}: graphql-java's own parse and validation errors;</li>
 *   <li>{@link GraphQlHttpErrorResolver}: HTTP-level failures on the GraphQL path (unreadable body,
 *       wrong media type, unknown sub-path), rendered as a GraphQL error response instead of an
 *       HTML page or a stack trace.</li>
 * </ul>
 */
package eu.nis2assessor.adapter.graphql.error;
