package vn.dvc.kiosk.catalog;

/**
 * Which procedures residents may find and file where the app runs: a kiosk can offer only some of the catalog.
 * Asked by the {@link Catalog}; the kiosk module provides it from the kiosk's profile. Owned here so that the catalog
 * depends on nothing that depends on it. With no such bean, every procedure is offered.
 */
@FunctionalInterface
public interface ProcedureAvailability {

    /** Every procedure of the catalog: a plain server, a tablet, the demo. */
    ProcedureAvailability ALL = code -> true;

    boolean offers(String procedureCode);
}
