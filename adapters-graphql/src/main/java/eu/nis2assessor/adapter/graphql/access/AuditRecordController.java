package eu.nis2assessor.adapter.graphql.access;

import static eu.nis2assessor.adapter.graphql.access.AccessViews.AUDIT_RECORD;

import eu.nis2assessor.adapter.graphql.access.AccessViews.AuditRecordView;
import eu.nis2assessor.adapter.graphql.access.AccessViews.ViewerView;
import eu.nis2assessor.adapter.graphql.relay.Connection;
import eu.nis2assessor.adapter.graphql.relay.NodeResolver;
import eu.nis2assessor.application.error.NotFoundException;
import eu.nis2assessor.application.port.in.DescribeCallerUseCase;
import eu.nis2assessor.application.port.in.QueryAuditRecordsUseCase;
import eu.nis2assessor.application.port.out.AuditRecord;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code auditRecords}, {@code node(id:)} for {@code AuditRecord}, and {@code viewer}. */
@Controller
public class AuditRecordController implements NodeResolver<AuditRecordView> {

    private static final String CURSOR_PREFIX = "audit:";

    private final QueryAuditRecordsUseCase audit;
    private final DescribeCallerUseCase callers;

    public AuditRecordController(QueryAuditRecordsUseCase audit, DescribeCallerUseCase callers) {
        this.audit = audit;
        this.callers = callers;
    }

    @QueryMapping
    public Connection<AuditRecordView> auditRecords(@Argument Integer first, @Argument String after) {
        int limit = AccessPages.limit(first);
        long afterSequence = after == null ? 0 : sequence(after);
        List<AuditRecord> page = audit.list(limit + 1, afterSequence);
        return AccessPages.of(page, limit, after != null, r -> cursor(r.sequence()), AccessViews::view);
    }

    @QueryMapping
    public ViewerView viewer() {
        return AccessViews.view(callers.describe());
    }

    static String cursor(long sequence) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + sequence).getBytes(StandardCharsets.UTF_8));
    }

    static long sequence(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(CURSOR_PREFIX)) {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(text.substring(CURSOR_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Cursor", cursor);
        }
    }

    @Override
    public String typeName() {
        return AUDIT_RECORD;
    }

    @Override
    public Class<AuditRecordView> javaType() {
        return AuditRecordView.class;
    }

    @Override
    public Optional<AuditRecordView> find(UUID id) {
        return audit.find(id).map(AccessViews::view);
    }
}
