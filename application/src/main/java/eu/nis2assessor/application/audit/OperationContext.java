package eu.nis2assessor.application.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * The mutation the current thread is running, so that its audit record can be written in the mutation's own
 * transaction ({@code TransactionPort.inTransaction} appends it just before commit, or in a transaction of its
 * own after a rollback). The API adapter opens it around each mutation; whoever ends it checks
 * {@link Operation#recorded()} and records the outcome itself when no transaction did (refused before any
 * transaction, e.g. invalid input or a missing scope). Exactly one record per mutation.
 */
public final class OperationContext {

    private static final ThreadLocal<Operation> CURRENT = new ThreadLocal<>();

    private OperationContext() {
    }

    /** Starts {@code action} on this thread. */
    public static Operation begin(String action, String target) {
        Operation operation = new Operation(action, target);
        CURRENT.set(operation);
        return operation;
    }

    /** The operation running on this thread, if any. */
    public static Optional<Operation> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Ends the operation of this thread. */
    public static void end() {
        CURRENT.remove();
    }

    /** One audited mutation: what, on what, and whether its record was written. */
    public static final class Operation {
        private final String action;
        private volatile String target;
        private volatile boolean recorded;

        Operation(String action, String target) {
            this.action = Objects.requireNonNull(action, "action");
            this.target = target;
        }

        public String action() {
            return action;
        }

        public String target() {
            return target;
        }

        /** Names the object acted on once it is known (e.g. the id of a created object). */
        public void target(String target) {
            this.target = target;
        }

        public boolean recorded() {
            return recorded;
        }

        public void markRecorded() {
            this.recorded = true;
        }
    }
}
