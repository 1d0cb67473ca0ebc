package vn.dvc.kiosk.dossier;

/** How many dossiers one volunteer helped file in a period (the campaign figures). */
public record AssistedFilings(String username, long dossiers) {
}
