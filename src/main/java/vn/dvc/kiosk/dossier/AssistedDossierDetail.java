package vn.dvc.kiosk.dossier;

/**
 * One dossier an advisor helped with, opened from their list: its summary and its tracking (timeline, what the
 * officer asked for, and the token of the supplement screen).
 */
public record AssistedDossierDetail(AssistedDossier summary, TrackedDossier tracking) {
}
