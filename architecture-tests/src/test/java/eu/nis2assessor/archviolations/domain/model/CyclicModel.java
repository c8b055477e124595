package eu.nis2assessor.archviolations.domain.model;

import eu.nis2assessor.archviolations.domain.policy.FrameworkTouchingPolicy;

/** Violates: domain.model -> domain.policy -> domain.model is a package cycle. */
public record CyclicModel(FrameworkTouchingPolicy policy) {
}
