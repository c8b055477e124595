package eu.nis2assessor.application.port.out;

import java.util.function.Supplier;

/**
 * Runs application work in one database transaction: a mutation use case runs entirely in
 * {@link #inTransaction}, so that on any error nothing is written; reads run in {@link #readOnly}.
 * The implementation also binds the transaction to the {@link CurrentTenantPort current tenant} (PostgreSQL
 * row-level security reads it per transaction).
 */
public interface TransactionPort {

    /** Runs {@code work} in a read-write transaction, committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} in a read-only transaction. */
    <T> T readOnly(Supplier<T> work);
}
