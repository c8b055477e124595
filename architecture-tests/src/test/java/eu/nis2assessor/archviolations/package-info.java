/**
 * Deliberately broken code, in test sources only: each class breaks one or more hexagon rules, so that
 * {@code ArchitectureRulesCanFailTest} can prove every rule reports a violation. Never imported by the
 * production check (which excludes test classes), never referenced by production code.
 */
package eu.nis2assessor.archviolations;
