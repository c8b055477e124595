package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.model.FinancialYearView;

/** {@code recordFinancialYear}: creates the period, or replaces it when the caller gives the stored version. */
public interface RecordFinancialYearUseCase {

    FinancialYearView recordFinancialYear(RecordFinancialYearCommand command);
}
