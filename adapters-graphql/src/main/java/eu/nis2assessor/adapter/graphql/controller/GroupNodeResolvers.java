package eu.nis2assessor.adapter.graphql.controller;

import eu.nis2assessor.adapter.graphql.relay.NodeResolver;
import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupAssessmentView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.HoldingView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.port.in.QueryGroupsUseCase;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code node(id:)} for the stored-group types: one {@link NodeResolver} per type, each reading the current tenant's rows. */
@Configuration(proxyBeanMethods = false)
public class GroupNodeResolvers {

    /** A resolver from a type name, its Java class and a lookup. */
    record Resolver<T>(String typeName, Class<T> javaType, Function<UUID, Optional<T>> lookup) implements NodeResolver<T> {

        @Override
        public Optional<T> find(UUID id) {
            return lookup.apply(id);
        }
    }

    @Bean
    NodeResolver<GroupView> groupNodeResolver(QueryGroupsUseCase queries) {
        return new Resolver<>("Group", GroupView.class, queries::group);
    }

    @Bean
    NodeResolver<LegalEntityView> legalEntityNodeResolver(QueryGroupsUseCase queries) {
        return new Resolver<>("LegalEntity", LegalEntityView.class, queries::legalEntity);
    }

    @Bean
    NodeResolver<HoldingView> holdingNodeResolver(QueryGroupsUseCase queries) {
        return new Resolver<>("Holding", HoldingView.class, queries::holding);
    }

    @Bean
    NodeResolver<FinancialYearView> financialYearNodeResolver(QueryGroupsUseCase queries) {
        return new Resolver<>("FinancialYear", FinancialYearView.class, queries::financialYear);
    }

    @Bean
    NodeResolver<GroupAssessmentView> groupAssessmentNodeResolver(QueryGroupsUseCase queries) {
        return new Resolver<>("GroupAssessment", GroupAssessmentView.class, queries::groupAssessment);
    }
}
