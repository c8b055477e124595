package eu.nis2assessor.adapter.graphql.art20;

import eu.nis2assessor.adapter.graphql.relay.NodeResolver;
import eu.nis2assessor.application.port.in.Art20RegisterQuery;
import eu.nis2assessor.domain.accountability.Approval;
import eu.nis2assessor.domain.accountability.ManagementBodyMember;
import eu.nis2assessor.domain.accountability.Training;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code node(id:)} for the Art 20 register's types. */
@Configuration(proxyBeanMethods = false)
public class Art20NodeResolvers {

    static final String MEMBER = "ManagementBodyMember";
    static final String APPROVAL = "Approval";
    static final String TRAINING = "Training";

    @Bean
    NodeResolver<ManagementBodyMember> managementBodyMemberNodeResolver(Art20RegisterQuery register) {
        return new Resolver<>(MEMBER, ManagementBodyMember.class) {
            @Override
            public Optional<ManagementBodyMember> find(UUID id) {
                return register.findMember(id);
            }
        };
    }

    @Bean
    NodeResolver<Approval> approvalNodeResolver(Art20RegisterQuery register) {
        return new Resolver<>(APPROVAL, Approval.class) {
            @Override
            public Optional<Approval> find(UUID id) {
                return register.findApproval(id);
            }
        };
    }

    @Bean
    NodeResolver<Training> trainingNodeResolver(Art20RegisterQuery register) {
        return new Resolver<>(TRAINING, Training.class) {
            @Override
            public Optional<Training> find(UUID id) {
                return register.findTraining(id);
            }
        };
    }

    private abstract static class Resolver<T> implements NodeResolver<T> {

        private final String typeName;
        private final Class<T> javaType;

        Resolver(String typeName, Class<T> javaType) {
            this.typeName = typeName;
            this.javaType = javaType;
        }

        @Override
        public String typeName() {
            return typeName;
        }

        @Override
        public Class<T> javaType() {
            return javaType;
        }
    }
}
