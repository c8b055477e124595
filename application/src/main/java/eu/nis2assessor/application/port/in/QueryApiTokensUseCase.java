package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.port.out.ApiTokenRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the API tokens of the caller's tenant (scope {@code tokens:admin}); never their secrets. */
public interface QueryApiTokensUseCase {

    /** Up to {@code limit} tokens in creation order, after token {@code after} when given. */
    List<ApiTokenRecord> list(int limit, Optional<UUID> after);

    /** The token {@code id}, if the caller's tenant has it. */
    Optional<ApiTokenRecord> find(UUID id);
}
