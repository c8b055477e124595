package eu.nis2assessor.adapter.graphql.controller;

import eu.nis2assessor.adapter.graphql.mapper.Money;
import eu.nis2assessor.domain.assessment.Assessment;
import eu.nis2assessor.domain.assessment.EnterpriseAssessment;
import eu.nis2assessor.domain.penalty.FineExposure;
import eu.nis2assessor.domain.size.SizeFigures;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The output fields of the assessment types whose shape differs from the domain records: amounts in EUR become
 * {@code Money}, the {@code RulesVersion} value object its string. Every other field is read from the domain record
 * of the same name by graphql-java's property fetcher.
 *
 * <p>Light {@link DataFetcher}s rather than {@code @SchemaMapping} methods: a group assessment answers these fields
 * once per enterprise (tens of thousands of times per call), and a light fetcher costs one virtual call, with no
 * environment, no argument resolution and no per-field observation.
 */
@Component
public class AssessmentOutputWiring implements RuntimeWiringConfigurer {

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Assessment", type -> type
                .dataFetcher("rulesVersion", new Computed<Assessment, String>(a -> a.rulesVersion().value())));
        builder.type("FineExposure", type -> type
                .dataFetcher("maximum", money(FineExposure::maximum))
                .dataFetcher("fixedAmount", money(FineExposure::fixedAmount))
                .dataFetcher("undertakingTurnover", money(FineExposure::undertakingTurnover)));
        builder.type("SizeFigures", type -> type
                .dataFetcher("annualTurnover", money(SizeFigures::annualTurnover))
                .dataFetcher("balanceSheetTotal", money(SizeFigures::balanceSheetTotal)));
        builder.type("EnterpriseAssessment", type -> type
                .dataFetcher("undertakingWorldwideTurnover", money(EnterpriseAssessment::undertakingWorldwideTurnover)));
    }

    private static <T> DataFetcher<Money> money(Function<T, BigDecimal> amount) {
        return new Computed<T, Money>(source -> Money.eur(amount.apply(source)));
    }

    /**
     * A field computed from its parent object alone: a {@link LightDataFetcher}, so graphql-java neither builds a
     * {@code DataFetchingEnvironment} for it nor lets instrumentation (tracing, metrics) wrap it, as for a plain
     * property.
     */
    private record Computed<S, T>(Function<S, T> compute) implements LightDataFetcher<T> {

        @Override
        @SuppressWarnings("unchecked")
        public T get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) {
            return compute.apply((S) source);
        }

        @Override
        public T get(DataFetchingEnvironment environment) {
            return compute.apply(environment.getSource());
        }
    }
}
