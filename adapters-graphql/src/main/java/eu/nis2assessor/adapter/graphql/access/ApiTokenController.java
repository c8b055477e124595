package eu.nis2assessor.adapter.graphql.access;

import static eu.nis2assessor.adapter.graphql.access.AccessViews.API_TOKEN;

import eu.nis2assessor.adapter.graphql.access.AccessViews.ApiTokenView;
import eu.nis2assessor.adapter.graphql.relay.Connection;
import eu.nis2assessor.adapter.graphql.relay.GlobalId;
import eu.nis2assessor.adapter.graphql.relay.NodeResolver;
import eu.nis2assessor.application.port.in.CreateApiTokenCommand;
import eu.nis2assessor.application.port.in.CreateApiTokenUseCase;
import eu.nis2assessor.application.port.in.CreatedApiToken;
import eu.nis2assessor.application.port.in.QueryApiTokensUseCase;
import eu.nis2assessor.application.port.in.RevokeApiTokenCommand;
import eu.nis2assessor.application.port.in.RevokeApiTokenUseCase;
import eu.nis2assessor.application.port.out.ApiTokenRecord;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code createApiToken}, {@code revokeApiToken}, {@code apiTokens} and {@code node(id:)} for {@code ApiToken}. */
@Controller
public class ApiTokenController implements NodeResolver<ApiTokenView> {

    private final CreateApiTokenUseCase create;
    private final RevokeApiTokenUseCase revoke;
    private final QueryApiTokensUseCase query;

    public ApiTokenController(CreateApiTokenUseCase create, RevokeApiTokenUseCase revoke, QueryApiTokensUseCase query) {
        this.create = create;
        this.revoke = revoke;
        this.query = query;
    }

    /** {@code type CreateApiTokenPayload}. */
    public record CreateApiTokenPayload(String token, ApiTokenView apiToken, List<UserErrorView> userErrors) {
        @Override
        public String toString() {
            return "CreateApiTokenPayload[apiToken=" + apiToken + ", userErrors=" + userErrors + "]";
        }
    }

    /** {@code type RevokeApiTokenPayload}. */
    public record RevokeApiTokenPayload(ApiTokenView apiToken, List<UserErrorView> userErrors) {
    }

    @MutationMapping
    public CreateApiTokenPayload createApiToken(@Argument Map<String, Object> input) {
        try {
            OffsetDateTime expiresAt = (OffsetDateTime) input.get("expiresAt");
            CreateApiTokenCommand command = new CreateApiTokenCommand((String) input.get("name"),
                    CreateApiTokenCommand.scopes(strings(input.get("scopes"))), AccessViews.groups(input.get("groupIds")),
                    expiresAt == null ? null : expiresAt.toInstant());
            CreatedApiToken created = create.create(command);
            return new CreateApiTokenPayload(created.token(), AccessViews.view(created.apiToken()), List.of());
        } catch (InvalidInputException e) {
            return new CreateApiTokenPayload(null, null, List.of(UserErrorView.of(e)));
        }
    }

    @MutationMapping
    public RevokeApiTokenPayload revokeApiToken(@Argument Map<String, Object> input) {
        UUID id = GlobalId.decode(String.valueOf(input.get("id")), API_TOKEN);
        return new RevokeApiTokenPayload(AccessViews.view(revoke.revoke(new RevokeApiTokenCommand(id))), List.of());
    }

    @QueryMapping
    public Connection<ApiTokenView> apiTokens(@Argument Integer first, @Argument String after) {
        int limit = AccessPages.limit(first);
        Optional<UUID> afterId = Optional.ofNullable(after).map(cursor -> GlobalId.decode(cursor, API_TOKEN));
        List<ApiTokenRecord> tokens = query.list(limit + 1, afterId);
        return AccessPages.of(tokens, limit, afterId.isPresent(), t -> GlobalId.encode(API_TOKEN, t.id()), AccessViews::view);
    }

    @Override
    public String typeName() {
        return API_TOKEN;
    }

    @Override
    public Class<ApiTokenView> javaType() {
        return ApiTokenView.class;
    }

    @Override
    public Optional<ApiTokenView> find(UUID id) {
        return query.find(id).map(AccessViews::view);
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        return value == null ? null : (List<String>) value;
    }
}
