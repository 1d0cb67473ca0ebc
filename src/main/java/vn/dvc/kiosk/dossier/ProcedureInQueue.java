package vn.dvc.kiosk.dossier;

/** A procedure a unit has dossiers of, for the queue's procedure filter. */
public record ProcedureInQueue(String code, String name) {
}
